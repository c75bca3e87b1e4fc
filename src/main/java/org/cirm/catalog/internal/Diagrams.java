package org.cirm.catalog.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.cirm.catalog.Diagram;
import org.cirm.platform.Bilingual;

/**
 * Reads a model's diagram interchange into a {@link Diagram}: every shape of a flow node
 * and every edge of a sequence flow, with names wrapped (Thai by its words, as Java's
 * Thai line breaking finds them) to fit the shape.
 */
public final class Diagrams {

	/** Roughly how wide a character of the diagram's 11px font is. */
	private static final double CHARACTER_WIDTH = 6.2;

	private static final int MOST_LINES = 4;

	private static final double MARGIN = 20;

	/** Half the width a name below an event or gateway may take. */
	private static final double LABEL_HALF = 60;

	private Diagrams() {
	}

	public static Diagram of(BpmnModelInstance model) {
		List<Diagram.Shape> shapes = new ArrayList<>();
		for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
			if (shape.getBpmnElement() instanceof FlowNode node && kindOf(node) != null) {
				shapes.add(shape(shape, node));
			}
		}
		List<Diagram.Flow> flows = new ArrayList<>();
		for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
			if (edge.getBpmnElement() instanceof SequenceFlow flow) {
				flows.add(new Diagram.Flow(flow.getSource().getId(), flow.getTarget().getId(),
						edge.getWaypoints()
							.stream()
							.map(point -> point.getX() + "," + point.getY())
							.collect(Collectors.joining(" "))));
			}
		}
		// The drawing holds every shape and every name (names may stick out of their
		// shape).
		double minX = shapes.stream()
			.mapToDouble(shape -> Math.min(shape.x(), shape.textX() - LABEL_HALF))
			.min()
			.orElse(0) - MARGIN;
		double minY = shapes.stream().mapToDouble(Diagram.Shape::y).min().orElse(0) - MARGIN;
		double maxX = shapes.stream()
			.mapToDouble(shape -> Math.max(shape.x() + shape.width(), shape.textX() + LABEL_HALF))
			.max()
			.orElse(0) + MARGIN;
		double maxY = shapes.stream()
			.mapToDouble(shape -> Math.max(shape.y() + shape.height(), shape.textY() + 13 * shape.lines().size()))
			.max()
			.orElse(0) + MARGIN;
		return new Diagram(minX, minY, maxX - minX, maxY - minY, shapes, flows);
	}

	private static Diagram.Shape shape(BpmnShape shape, FlowNode node) {
		Bounds at = shape.getBounds();
		Bilingual name = Bilingual.parse(node.getName());
		if (node instanceof Activity) {
			List<String> lines = lines(name, at.getWidth() - 8);
			return new Diagram.Shape(node.getId(), Diagram.Kind.STEP, at.getX(), at.getY(), at.getWidth(),
					at.getHeight(), name, lines, at.getX() + at.getWidth() / 2,
					at.getY() + at.getHeight() / 2 - (lines.size() - 1) * 6.5 + 4);
		}
		// Events and gateways: the name where the model's label is, else below the shape.
		Bounds label = shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds();
		double width = Math.max(label == null ? at.getWidth() * 3 : label.getWidth() + 20, 90);
		List<String> lines = node instanceof BoundaryEvent ? List.of() : lines(name, width);
		return new Diagram.Shape(node.getId(), kindOf(node), at.getX(), at.getY(), at.getWidth(), at.getHeight(), name,
				lines, label == null ? at.getX() + at.getWidth() / 2 : label.getX() + label.getWidth() / 2,
				label == null ? at.getY() + at.getHeight() + 14 : label.getY() + 10);
	}

	private static Diagram.Kind kindOf(BaseElement node) {
		if (node instanceof Activity) {
			return Diagram.Kind.STEP;
		}
		if (node instanceof EndEvent) {
			return Diagram.Kind.END_EVENT;
		}
		if (node instanceof Event) {
			return Diagram.Kind.EVENT;
		}
		return node instanceof Gateway ? Diagram.Kind.GATEWAY : null;
	}

	/** The Thai name, then the English one, each wrapped to the width. */
	static List<String> lines(Bilingual name, double width) {
		int fit = Math.max(8, (int) (width / CHARACTER_WIDTH));
		List<String> lines = new ArrayList<>(wrap(name.th(), fit, Locale.forLanguageTag("th")));
		if (!name.en().equals(name.th())) {
			lines.addAll(wrap(name.en(), fit, Locale.ENGLISH));
		}
		return lines.size() <= MOST_LINES ? lines : shortened(lines);
	}

	private static List<String> shortened(List<String> lines) {
		List<String> kept = new ArrayList<>(lines.subList(0, MOST_LINES));
		kept.set(MOST_LINES - 1, kept.get(MOST_LINES - 1) + "…");
		return kept;
	}

	private static List<String> wrap(String text, int fit, Locale language) {
		List<String> lines = new ArrayList<>();
		BreakIterator breaks = BreakIterator.getLineInstance(language);
		breaks.setText(text);
		StringBuilder line = new StringBuilder();
		int start = breaks.first();
		for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			String word = text.substring(start, end);
			if (line.length() > 0 && line.length() + word.stripTrailing().length() > fit) {
				lines.add(line.toString().strip());
				line.setLength(0);
			}
			line.append(word);
		}
		if (!line.toString().isBlank()) {
			lines.add(line.toString().strip());
		}
		return lines;
	}

}
