package org.cirm.insight.internal.consistency;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A funnel plot of the share done within the deadline (Spiegelhalter, 2005): each unit's
 * share against its number of cases, with control limits around the overall share that
 * narrow as the number grows, at 95% and 99.8%. Where the units vary more than chance
 * allows (the winsorised z-scores' mean square, φ, is significantly above one, over at
 * least ten units) the limits widen by √φ, so a unit is flagged for being different, not
 * for being one of many.
 */
public record FunnelPlot(double target, double phi, boolean overdispersed, List<Unit> units) {

	static final double Z95 = 1.959964;

	static final double Z998 = 3.090232;

	/** Fewer cases than this are too few to judge. */
	static final int FEWEST = 10;

	/**
	 * Fewer units than this cannot tell overdispersion from one unit that differs: the
	 * limits stay as chance draws them.
	 */
	static final int FEWEST_UNITS_FOR_DISPERSION = 10;

	/**
	 * A unit (an officer, a counter, a channel, an hour) with its cases and successes.
	 */
	public record Count(String unit, long cases, long within) {

		public double share() {
			return this.cases == 0 ? 0 : (double) this.within / this.cases;
		}

	}

	public enum Verdict {

		BELOW_998, BELOW_95, WITHIN, ABOVE_95, ABOVE_998, TOO_FEW

	}

	public record Unit(Count count, double lower95, double upper95, double lower998, double upper998, Verdict verdict) {
	}

	static FunnelPlot of(List<Count> counts) {
		long cases = counts.stream().mapToLong(Count::cases).sum();
		long within = counts.stream().mapToLong(Count::within).sum();
		double target = cases == 0 ? 0 : (double) within / cases;
		List<Count> judged = counts.stream().filter(count -> judgeable(count, target)).toList();
		double phi = phi(judged, target);
		boolean overdispersed = judged.size() >= FEWEST_UNITS_FOR_DISPERSION
				&& judged.size() * phi > ChiSquare.quantile95(judged.size() - 1);
		double inflation = overdispersed ? phi : 1;
		List<Unit> units = counts.stream()
			.map(count -> unit(count, target, inflation))
			.sorted(Comparator.comparing((Unit unit) -> unit.verdict() == Verdict.TOO_FEW))
			.toList();
		return new FunnelPlot(target, phi, overdispersed, units);
	}

	/** The limits at this number of cases: lower and upper, at 95% then 99.8%. */
	double[] limitsAt(long cases) {
		double inflation = this.overdispersed ? this.phi : 1;
		double spread = Math.sqrt(inflation * this.target * (1 - this.target) / cases);
		return new double[] { clamp(this.target - Z95 * spread), clamp(this.target + Z95 * spread),
				clamp(this.target - Z998 * spread), clamp(this.target + Z998 * spread) };
	}

	private static Unit unit(Count count, double target, double inflation) {
		if (!judgeable(count, target)) {
			return new Unit(count, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Verdict.TOO_FEW);
		}
		double spread = Math.sqrt(inflation * target * (1 - target) / count.cases());
		double share = count.share();
		double lower95 = target - Z95 * spread;
		double upper95 = target + Z95 * spread;
		double lower998 = target - Z998 * spread;
		double upper998 = target + Z998 * spread;
		Verdict verdict = share < lower998 ? Verdict.BELOW_998 : share < lower95 ? Verdict.BELOW_95
				: share > upper998 ? Verdict.ABOVE_998 : share > upper95 ? Verdict.ABOVE_95 : Verdict.WITHIN;
		return new Unit(count, clamp(lower95), clamp(upper95), clamp(lower998), clamp(upper998), verdict);
	}

	private static boolean judgeable(Count count, double target) {
		return count.cases() >= FEWEST && target > 0 && target < 1;
	}

	/**
	 * The mean square of the units' z-scores, the top and bottom 10% pulled in to the
	 * 10th and 90th percentiles so that the outliers being looked for do not hide
	 * themselves by widening the limits.
	 */
	private static double phi(List<Count> judged, double target) {
		if (judged.isEmpty()) {
			return 1;
		}
		double[] z = judged.stream()
			.mapToDouble(count -> (count.share() - target) / Math.sqrt(target * (1 - target) / count.cases()))
			.sorted()
			.toArray();
		int cut = (int) Math.floor(z.length * 0.1);
		double low = z[cut];
		double high = z[z.length - 1 - cut];
		return Arrays.stream(z).map(score -> Math.max(low, Math.min(high, score))).map(score -> score * score).sum()
				/ z.length;
	}

	private static double clamp(double share) {
		return Math.max(0, Math.min(1, share));
	}

}
