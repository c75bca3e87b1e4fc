package org.cirm.catalog;

import java.util.List;

import org.cirm.platform.Bilingual;

/**
 * A service's BPMN diagram as its model draws it (the diagram interchange a process owner
 * edits in Camunda Modeler), reduced to what a page draws as SVG: boxes for the steps,
 * circles for events, diamonds for gateways, lines for the flows. Pages colour each
 * element by where a request stands; no engine ids are in it.
 *
 * @param width the drawing's width, from its left edge ({@code minX})
 */
public record Diagram(double minX, double minY, double width, double height, List<Shape> shapes, List<Flow> flows) {

	public enum Kind {

		STEP, EVENT, END_EVENT, GATEWAY

	}

	/**
	 * @param element the model element's id, to match it against a request's progress
	 * (pages keep it out of their markup)
	 * @param lines the name, wrapped to fit the shape: Thai lines, then English ones
	 * (none for an event on a step's border: the step says it)
	 * @param textX where the name is centred: the step's middle, or the label's as the
	 * model places it
	 * @param textY the first line's baseline
	 */
	public record Shape(String element, Kind kind, double x, double y, double width, double height, Bilingual name,
			List<String> lines, double textX, double textY) {

		public double centreX() {
			return this.x + this.width / 2;
		}

		public double centreY() {
			return this.y + this.height / 2;
		}

	}

	/** A sequence flow, by its waypoints "x1,y1 x2,y2 ...". */
	public record Flow(String source, String target, String points) {
	}

}
