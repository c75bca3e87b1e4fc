package org.cirm.insight.internal.dashboard;

import java.util.Map;

import org.cirm.catalog.Diagram;
import org.cirm.platform.Texts;

/**
 * A service's diagram with each step coloured by the mean working days spent in it: five
 * levels from the quickest to the slowest step, so the eye finds where requests wait.
 *
 * @param steps per step's element id: mean working days and visits
 */
public record Heat(Diagram diagram, Map<String, double[]> steps, double slowest) {

	static final int LEVELS = 5;

	static Heat of(Diagram diagram, Map<String, double[]> steps) {
		double slowest = steps.values().stream().mapToDouble(step -> step[0]).max().orElse(0);
		return new Heat(diagram, steps, slowest);
	}

	/** The shape's colour class: {@code heat-0} (quickest) to {@code heat-4}; none. */
	public String levelOf(String element) {
		double[] step = this.steps.get(element);
		if (step == null) {
			return "heat-none";
		}
		int level = this.slowest <= 0 ? 0 : (int) Math.min(LEVELS - 1, Math.floor(step[0] / this.slowest * LEVELS));
		return "heat-" + level;
	}

	/**
	 * What the step's label adds, short enough to sit above the box: mean working days
	 * and visits (the legend says it in English); empty for none.
	 */
	public String labelOf(String element) {
		double[] step = this.steps.get(element);
		return step == null ? "" : Texts.of("insight.heat.label", String.format("%.1f", step[0]), (long) step[1]).th();
	}

}
