package org.cirm.catalog.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * Puts a process's steps in the order a citizen meets them: each step once (a loop back
 * does not repeat it), the branches of a parallel split side by side until they join or
 * end, and within that breadth first from the start event, steps as far from it ordered
 * left to right as the process owner drew them.
 */
final class StepOrder {

	private final Predicate<FlowNode> isStep;

	private final Map<String, Double> drawnAt;

	private final Map<FlowNode, Integer> level = new LinkedHashMap<>();

	private final Map<FlowNode, List<FlowNode>> boundaries = new HashMap<>();

	/**
	 * @param drawnAt the x coordinate of each element in the diagram, by id (empty
	 * without a diagram)
	 */
	StepOrder(Predicate<FlowNode> isStep, Map<String, Double> drawnAt) {
		this.isStep = isStep;
		this.drawnAt = drawnAt;
	}

	/** Stages in order; each stage is one or more branches of steps. */
	List<List<List<FlowNode>>> stagesOf(Process process) {
		process.getChildElementsByType(BoundaryEvent.class)
			.forEach(boundary -> this.boundaries.computeIfAbsent(boundary.getAttachedTo(), on -> new ArrayList<>())
				.add(boundary));
		process.getChildElementsByType(StartEvent.class).forEach(this::walk);
		Set<FlowNode> placed = new HashSet<>();
		List<List<List<FlowNode>>> stages = new ArrayList<>();
		for (FlowNode node : this.level.keySet()) {
			if (node instanceof ParallelGateway && node.getOutgoing().size() > 1 && !placed.contains(node)) {
				List<List<FlowNode>> branches = node.getOutgoing()
					.stream()
					.map(flow -> branchFrom(flow.getTarget(), placed).stream().sorted(readingOrder()).toList())
					.filter(branch -> !branch.isEmpty())
					.toList();
				if (!branches.isEmpty()) {
					stages.add(branches);
				}
			}
			else if (this.isStep.test(node) && placed.add(node)) {
				stages.add(List.of(List.of(node)));
			}
		}
		stages.sort(Comparator.comparing(stage -> stage.get(0).get(0), readingOrder()));
		return stages;
	}

	/** Breadth first; steps as far from the start go left to right as drawn. */
	private Comparator<FlowNode> readingOrder() {
		return Comparator.<FlowNode>comparingInt(this.level::get)
			.thenComparingDouble(node -> this.drawnAt.getOrDefault(node.getId(), 0.0));
	}

	/** The steps from here until a parallel join, in breadth-first order. */
	private List<FlowNode> branchFrom(FlowNode first, Set<FlowNode> placed) {
		List<FlowNode> steps = new ArrayList<>();
		Deque<FlowNode> next = new ArrayDeque<>(List.of(first));
		Set<FlowNode> seen = new HashSet<>();
		while (!next.isEmpty()) {
			FlowNode node = next.poll();
			boolean join = node instanceof ParallelGateway && node.getIncoming().size() > 1;
			if (join || !seen.add(node) || placed.contains(node)) {
				continue;
			}
			placed.add(node);
			if (this.isStep.test(node)) {
				steps.add(node);
			}
			next.addAll(successorsOf(node));
		}
		return steps;
	}

	private void walk(FlowNode start) {
		Deque<FlowNode> next = new ArrayDeque<>(List.of(start));
		this.level.putIfAbsent(start, 0);
		while (!next.isEmpty()) {
			FlowNode node = next.poll();
			for (FlowNode successor : successorsOf(node)) {
				if (this.level.putIfAbsent(successor, this.level.get(node) + 1) == null) {
					next.add(successor);
				}
			}
		}
	}

	/** Where the process may go from here: its flows, and the events attached to it. */
	private List<FlowNode> successorsOf(FlowNode node) {
		List<FlowNode> successors = new ArrayList<>(node.getOutgoing().stream().map(SequenceFlow::getTarget).toList());
		successors.addAll(this.boundaries.getOrDefault(node, List.of()));
		return successors;
	}

}
