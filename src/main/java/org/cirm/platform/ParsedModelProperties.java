package org.cirm.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The {@code camunda:properties} of a model element as the engine parses it, for the
 * parse listeners that read what a model states ({@code service.code},
 * {@code step.timeLimit}, ...). A name given twice keeps its first value.
 */
public final class ParsedModelProperties {

	private ParsedModelProperties() {
	}

	public static Map<String, String> of(Element element) {
		Map<String, String> properties = new LinkedHashMap<>();
		Element extensions = element.element("extensionElements");
		Element list = extensions == null ? null
				: extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
		if (list != null) {
			for (Element property : list.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
				properties.putIfAbsent(property.attribute("name"), property.attribute("value"));
			}
		}
		return properties;
	}

}
