package org.cirm.insight.internal.prediction;

import java.util.Arrays;

/**
 * The distribution of times of which some are only known to be longer than observed
 * (censored: the case was still running when the history was read), by the Kaplan-Meier
 * product-limit estimate. Without censored times it is the plain empirical distribution.
 * Leaving out the cases still running would keep the long ones out and make every
 * forecast too short.
 */
final class Survival {

	private static final double EPSILON = 1e-9;

	/**
	 * The times at which cases ended, in order, and the share of all cases each holds.
	 */
	private final double[] times;

	private final double[] shares;

	/** The share of cases known only to take longer than the longest time observed. */
	private final double beyond;

	private final double longest;

	private final int size;

	private Survival(double[] times, double[] shares, double beyond, double longest, int size) {
		this.times = times;
		this.shares = shares;
		this.beyond = beyond;
		this.longest = longest;
		this.size = size;
	}

	/**
	 * @param times the times observed
	 * @param censored for each, whether it is only a lower bound
	 */
	static Survival of(double[] times, boolean[] censored) {
		int size = times.length;
		int ended = 0;
		for (boolean bound : censored) {
			ended += bound ? 0 : 1;
		}
		double[] ends = new double[ended];
		double[] bounds = new double[size - ended];
		for (int i = 0, e = 0, b = 0; i < size; i++) {
			if (censored[i]) {
				bounds[b++] = times[i];
			}
			else {
				ends[e++] = times[i];
			}
		}
		Arrays.sort(ends);
		Arrays.sort(bounds);
		double[] shares = new double[ended];
		double surviving = 1;
		int left = 0;
		for (int e = 0; e < ended; e++) {
			// The cases censored before this end are no longer at risk; at equal times an
			// end comes before a censoring: the censored case was at risk.
			while (left < bounds.length && bounds[left] < ends[e]) {
				left++;
			}
			shares[e] = surviving / (size - e - left);
			surviving -= shares[e];
		}
		double longest = Math.max(ended == 0 ? 0 : ends[ended - 1], bounds.length == 0 ? 0 : bounds[bounds.length - 1]);
		return new Survival(ends, shares, Math.max(0, surviving), Math.max(0, longest), size);
	}

	/**
	 * The same distribution with every time this much shorter, and those shorter than
	 * that at zero: the time left of cases that have already run this long, those that
	 * would have ended by now ending now.
	 */
	Survival earlier(double by) {
		double[] moved = new double[this.times.length];
		for (int i = 0; i < moved.length; i++) {
			moved[i] = Math.max(0, this.times[i] - by);
		}
		return new Survival(moved, this.shares, this.beyond, Math.max(0, this.longest - by), this.size);
	}

	/** How many times it rests on, censored ones included. */
	int size() {
		return this.size;
	}

	/**
	 * The time by which this share of cases had ended. Where the share is reached exactly
	 * between two times, their midpoint (as a median of an even count); where the cases
	 * known never reach it, the longest time observed, which is then a lower bound.
	 */
	double quantile(double share) {
		double reached = 0;
		for (int i = 0; i < this.times.length; i++) {
			reached += this.shares[i];
			if (reached >= share - EPSILON) {
				if (Math.abs(reached - share) < EPSILON && i + 1 < this.times.length) {
					return (this.times[i] + this.times[i + 1]) / 2;
				}
				return this.times[i];
			}
		}
		return this.longest;
	}

	/** The share of cases that took longer than this. */
	double longerThan(double time) {
		double longer = this.beyond;
		for (int i = this.times.length - 1; i >= 0 && this.times[i] > time; i--) {
			longer += this.shares[i];
		}
		return Math.min(1, longer);
	}

}
