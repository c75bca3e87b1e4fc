package org.cirm.insight.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * How long a set of step visits took, as counts per tenth of a working day (a visit of
 * 0.31 days counts in "within 0.4"): small enough to keep one per day and dimension, and
 * exact at the resolution the reports show. Percentiles are by nearest rank: the p-th is
 * the least bound within which at least p% of the visits ended. Written as text
 * ({@code "tenths:count ..."}) in {@code step_sum}.
 */
public final class Durations {

	/** A tenth of a working day, in minutes. */
	public static final long TENTH = WorkingDays.MINUTES / 10;

	private final TreeMap<Long, Long> counts = new TreeMap<>();

	private long total;

	public static Durations parse(String text) {
		Durations durations = new Durations();
		for (String pair : text.split(" ")) {
			if (!pair.isEmpty()) {
				int colon = pair.indexOf(':');
				durations.add(Long.parseLong(pair.substring(0, colon)), Long.parseLong(pair.substring(colon + 1)));
			}
		}
		return durations;
	}

	/** Counts one visit of this many working minutes. */
	public void add(long minutes) {
		add(tenths(minutes), 1);
	}

	public void add(Durations other) {
		other.counts.forEach(this::add);
	}

	private void add(long tenths, long count) {
		this.counts.merge(tenths, count, Long::sum);
		this.total += count;
	}

	/** This and the other together, as a new histogram. */
	public Durations plus(Durations other) {
		Durations both = new Durations();
		both.add(this);
		both.add(other);
		return both;
	}

	public long count() {
		return this.total;
	}

	/**
	 * The least number of working days, in tenths, within which at least this percentage
	 * of the visits ended; null for none.
	 */
	public BigDecimal percentile(int percent) {
		long rank = Math.max(1, (percent * this.total + 99) / 100);
		long seen = 0;
		for (Map.Entry<Long, Long> bucket : this.counts.entrySet()) {
			seen += bucket.getValue();
			if (seen >= rank) {
				return BigDecimal.valueOf(bucket.getKey(), 1);
			}
		}
		return null;
	}

	/** The tenths of a working day this many working minutes fall in, rounded up. */
	public static long tenths(long minutes) {
		return (minutes + TENTH - 1) / TENTH;
	}

	@Override
	public String toString() {
		StringJoiner text = new StringJoiner(" ");
		this.counts.forEach((tenths, count) -> text.add(tenths + ":" + count));
		return text.toString();
	}

}
