package org.cirm.insight.internal.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		Map<String, List<Double>> taking = new LinkedHashMap<>();
		durations.forEach((unit, values) -> {
			if (values.size() >= fewest) {
				taking.put(unit, values);
			}
		});
		if (taking.size() < 2) {
			return null;
		}
		List<double[]> all = new ArrayList<>();
		List<String> units = new ArrayList<>(taking.keySet());
		for (int u = 0; u < units.size(); u++) {
			for (double value : taking.get(units.get(u))) {
				all.add(new double[] { value, u, 0 });
			}
		}
		all.sort(Comparator.comparingDouble(entry -> entry[0]));
		double ties = rank(all);
		int n = all.size();
		double[] rankSums = new double[units.size()];
		all.forEach(entry -> rankSums[(int) entry[1]] += entry[2]);
		double h = 0;
		List<Unit> results = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			List<Double> values = taking.get(units.get(u));
			h += rankSums[u] * rankSums[u] / values.size();
			results.add(new Unit(units.get(u), values.size(), median(values), rankSums[u] / values.size()));
		}
		h = 12.0 / (n * (n + 1.0)) * h - 3.0 * (n + 1);
		double correction = 1 - ties / ((double) n * n * n - n);
		h = correction > 0 ? h / correction : h;
		int df = units.size() - 1;
		return new RankTest(h, df, ChiSquare.upperTail(h, df), n, results);
	}

	/**
	 * Gives tied values their mean rank; returns the sum of t³ - t over groups of ties.
	 */
	private static double rank(List<double[]> sorted) {
		double ties = 0;
		int i = 0;
		while (i < sorted.size()) {
			int j = i;
			while (j + 1 < sorted.size() && sorted.get(j + 1)[0] == sorted.get(i)[0]) {
				j++;
			}
			double rank = (i + j + 2) / 2.0;
			for (int k = i; k <= j; k++) {
				sorted.get(k)[2] = rank;
			}
			double t = j - i + 1;
			ties += t * t * t - t;
			i = j + 1;
		}
		return ties;
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
