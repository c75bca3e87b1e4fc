package org.cirm.insight.internal.consistency;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/** The chi-square distribution's tail, from Commons Math. */
final class ChiSquare {

	private ChiSquare() {
	}

	static double quantile95(int degreesOfFreedom) {
		return new ChiSquaredDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.95);
	}

	/** The chance of a value at least this large. */
	static double upperTail(double value, int degreesOfFreedom) {
		return 1 - new ChiSquaredDistribution(null, degreesOfFreedom).cumulativeProbability(value);
	}

}
