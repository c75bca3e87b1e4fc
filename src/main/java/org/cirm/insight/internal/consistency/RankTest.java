package org.cirm.insight.internal.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The Kruskal–Wallis rank test: do the units' working-day durations of the same step come
 * from one distribution? Ranks, not means, so a few very long cases do not decide it;
 * ties are corrected for. Units with fewer than {@value #FEWEST} cases take no part.
 *
 * @param statistic H, chi-square distributed with {@code units - 1} degrees of freedom
 * @param pValue the chance of an H this large if every unit were the same
 */
public record RankTest(double statistic, int degreesOfFreedom, double pValue, long cases, List<Unit> units) {

	static final int FEWEST = 5;

	/** A unit's share in the test: its cases, median and mean rank. */
	public record Unit(String unit, int cases, double median, double meanRank) {
	}

	/** The test over these durations per unit; null when fewer than two units qualify. */
	static RankTest of(Map<String, List<Double>> durations) {
		return of(durations, FEWEST);
	}

	static RankTest of(Map<String, List<Double>> durations, int fewest) {
		Map<String, NavigableMap<Double, Long>> counted = new LinkedHashMap<>();
		durations.forEach((unit, values) -> values
			.forEach(value -> counted.computeIfAbsent(unit, key -> new TreeMap<>()).merge(value, 1L, Long::sum)));
		return ofCounts(counted, fewest);
	}

	/**
	 * The same over how many cases of each unit took each duration, as a database groups
	 * them: the work grows with the distinct durations, not with the cases.
	 */
	static RankTest ofCounts(Map<String, NavigableMap<Double, Long>> counts, int fewest) {
		Map<String, NavigableMap<Double, Long>> taking = new LinkedHashMap<>();
		counts.forEach((unit, values) -> {
			if (cases(values) >= fewest) {
				taking.put(unit, values);
			}
		});
		if (taking.size() < 2) {
			return null;
		}
		// Each distinct duration's cases share the mean of the ranks they occupy.
		NavigableMap<Double, Long> all = new TreeMap<>();
		taking.values().forEach(values -> values.forEach((value, n) -> all.merge(value, n, Long::sum)));
		Map<Double, Double> ranks = new TreeMap<>();
		double ties = 0;
		long before = 0;
		for (Map.Entry<Double, Long> tied : all.entrySet()) {
			double t = tied.getValue();
			ranks.put(tied.getKey(), before + (t + 1) / 2);
			ties += t * t * t - t;
			before += tied.getValue();
		}
		long n = before;
		double h = 0;
		List<Unit> results = new ArrayList<>();
		for (Map.Entry<String, NavigableMap<Double, Long>> unit : taking.entrySet()) {
			long size = cases(unit.getValue());
			double rankSum = 0;
			for (Map.Entry<Double, Long> value : unit.getValue().entrySet()) {
				rankSum += value.getValue() * ranks.get(value.getKey());
			}
			h += rankSum * rankSum / size;
			results.add(new Unit(unit.getKey(), (int) size, median(unit.getValue(), size), rankSum / size));
		}
		h = 12.0 / (n * (n + 1.0)) * h - 3.0 * (n + 1);
		double correction = 1 - ties / ((double) n * n * n - n);
		h = correction > 0 ? h / correction : h;
		int df = taking.size() - 1;
		return new RankTest(h, df, ChiSquare.upperTail(h, df), n, results);
	}

	private static long cases(NavigableMap<Double, Long> values) {
		return values.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The middle value, or the mean of the two middle values of an even number. */
	private static double median(NavigableMap<Double, Long> values, long size) {
		return (valueAt(values, (size - 1) / 2) + valueAt(values, size / 2)) / 2;
	}

	/** The value at this 0-based position in sorted order. */
	private static double valueAt(NavigableMap<Double, Long> values, long position) {
		long seen = 0;
		for (Map.Entry<Double, Long> value : values.entrySet()) {
			seen += value.getValue();
			if (position < seen) {
				return value.getKey();
			}
		}
		throw new IllegalArgumentException("no value at " + position);
	}

}
