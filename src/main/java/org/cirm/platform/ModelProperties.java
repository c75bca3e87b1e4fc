package org.cirm.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * The Camunda extension properties of a model element (the Modeler's "Extension
 * properties" panel), read with the BPMN model API, where a process owner writes what the
 * platform reads of a model: the manual's facts, steps, outcomes, agency calls. A name
 * may repeat, as {@code service.document} does. ({@link ParsedModelProperties} reads the
 * same while the engine parses a model.)
 */
public record ModelProperties(Map<String, List<String>> values) {

	public static ModelProperties of(BaseElement element) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (element.getExtensionElements() != null) {
			element.getExtensionElements()
				.getElementsQuery()
				.filterByType(CamundaProperties.class)
				.list()
				.stream()
				.flatMap(properties -> properties.getCamundaProperties().stream())
				.filter(property -> property.getCamundaName() != null && property.getCamundaValue() != null)
				.forEach(property -> values.computeIfAbsent(property.getCamundaName(), name -> new ArrayList<>())
					.add(property.getCamundaValue().strip()));
		}
		return new ModelProperties(values);
	}

	public static String documentationOf(BaseElement element) {
		return element.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse("");
	}

	public Optional<String> first(String name) {
		return all(name).stream().findFirst();
	}

	public List<String> all(String name) {
		return this.values.getOrDefault(name, List.of());
	}

	public boolean has(String name) {
		return this.values.containsKey(name);
	}

	/** Each name with its first value, in the model's order. */
	public Map<String, String> firstValues() {
		Map<String, String> first = new LinkedHashMap<>();
		this.values.forEach((name, values) -> first.put(name, values.get(0)));
		return first;
	}

}
