package org.cirm.servicerequest.internal.intake;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every public service's process files its request record when it starts outside intake
 * (an officer's Tasklist start form): so each request, whatever the channel, has a
 * record, a tracking code and a business key. Registered before other parse listeners, so
 * the business key is there for everything that starts with the process.
 */
@Component
class IntakeEnginePlugin extends AbstractProcessEnginePlugin {

	private final IntakeService intake;

	IntakeEnginePlugin(@Lazy IntakeService intake) {
		this.intake = intake;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>(configuration.getCustomPreBPMNParseListeners() == null
				? List.of() : configuration.getCustomPreBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseProcess(Element element, ProcessDefinitionEntity process) {
				String serviceCode = serviceCodeOf(element);
				if (serviceCode != null) {
					process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) start -> {
						if (start.getProcessBusinessKey() == null) {
							IntakeEnginePlugin.this.intake.recordStartedInTasklist(start, serviceCode);
						}
					});
				}
			}

		});
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

	private static String serviceCodeOf(Element process) {
		Element extensions = process.element("extensionElements");
		Element properties = extensions == null ? null
				: extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
		if (properties == null) {
			return null;
		}
		return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")
			.stream()
			.filter(property -> "service.code".equals(property.attribute("name")))
			.map(property -> property.attribute("value"))
			.findFirst()
			.orElse(null);
	}

}
