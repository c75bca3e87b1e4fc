package org.cirm.insight.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.StringJoiner;

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

	/** Visits per tenth of a working day, by index; grows as longer visits come. */
	private long[] counts = new long[64];

	private long total;

	public static Durations parse(String text) {
		Durations durations = new Durations();
		durations.add(text);
		return durations;
	}

	/**
	 * Adds the visits of a histogram in its text form, read digit by digit: a report
	 * merges tens of thousands of them.
	 */
	public void add(String text) {
		long number = 0;
		long tenths = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : ' ';
			if (c >= '0' && c <= '9') {
				number = number * 10 + (c - '0');
			}
			else if (c == ':') {
				tenths = number;
				number = 0;
			}
			else if (i > 0 && text.charAt(i - 1) != ' ') {
				add(tenths, number);
				number = 0;
			}
		}
	}

	/** Counts one visit of this many working minutes. */
	public void add(long minutes) {
		add(tenths(minutes), 1);
	}

	public void add(Durations other) {
		for (int tenths = 0; tenths < other.counts.length; tenths++) {
			if (other.counts[tenths] != 0) {
				add(tenths, other.counts[tenths]);
			}
		}
	}

	private void add(long tenths, long count) {
		if (tenths >= this.counts.length) {
			this.counts = Arrays.copyOf(this.counts, (int) Math.max(tenths + 1, 2L * this.counts.length));
		}
		this.counts[(int) tenths] += count;
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
		for (int tenths = 0; tenths < this.counts.length; tenths++) {
			seen += this.counts[tenths];
			if (this.total > 0 && seen >= rank) {
				return BigDecimal.valueOf(tenths, 1);
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
		for (int tenths = 0; tenths < this.counts.length; tenths++) {
			if (this.counts[tenths] != 0) {
				text.add(tenths + ":" + this.counts[tenths]);
			}
		}
		return text.toString();
	}

}
