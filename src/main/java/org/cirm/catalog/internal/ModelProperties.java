package org.cirm.catalog.internal;

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
 * properties" panel), where a process owner writes the manual's facts: a name may repeat,
 * as {@code service.document} does.
 */
record ModelProperties(Map<String, List<String>> values) {

	static ModelProperties of(BaseElement element) {
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

	static String documentationOf(BaseElement element) {
		return element.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse("");
	}

	Optional<String> first(String name) {
		return all(name).stream().findFirst();
	}

	List<String> all(String name) {
		return this.values.getOrDefault(name, List.of());
	}

	boolean has(String name) {
		return this.values.containsKey(name);
	}

}
