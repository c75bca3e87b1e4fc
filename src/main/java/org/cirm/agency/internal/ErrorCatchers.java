package org.cirm.agency.internal;

import java.util.Collection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Whether the model catches a BPMN error of a given code where this step throws it: an
 * error boundary event on the step or on an enclosing sub-process, or an error event
 * sub-process around it. An error nobody catches would end the branch silently; the
 * caller treats that agency answer as a failure instead, so an operator sees it.
 */
public final class ErrorCatchers {

	private ErrorCatchers() {
	}

	public static boolean catches(DelegateExecution execution, String errorCode) {
		for (ModelElementInstance scope = execution.getBpmnModelElementInstance(); scope != null; scope = scope
			.getParentElement()) {
			if (scope instanceof FlowElement element && caughtOnBoundary(element, errorCode)) {
				return true;
			}
			if (caughtByEventSubProcess(scope, errorCode)) {
				return true;
			}
		}
		return false;
	}

	private static boolean caughtOnBoundary(FlowElement element, String errorCode) {
		return element.getModelInstance()
			.getModelElementsByType(BoundaryEvent.class)
			.stream()
			.filter(boundary -> boundary.getAttachedTo() == element)
			.anyMatch(boundary -> matches(boundary.getEventDefinitions(), errorCode));
	}

	private static boolean caughtByEventSubProcess(ModelElementInstance scope, String errorCode) {
		return scope.getChildElementsByType(SubProcess.class)
			.stream()
			.filter(SubProcess::triggeredByEvent)
			.flatMap(handler -> handler.getChildElementsByType(StartEvent.class).stream())
			.anyMatch(start -> matches(start.getEventDefinitions(), errorCode));
	}

	private static boolean matches(Collection<? extends EventDefinition> definitions, String errorCode) {
		return definitions.stream()
			.filter(ErrorEventDefinition.class::isInstance)
			.map(ErrorEventDefinition.class::cast)
			.anyMatch(definition -> definition.getError() == null
					|| errorCode.equals(definition.getError().getErrorCode()));
	}

}
