package org.cirm.servicerequest.internal.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.cirm.citizen.CitizenRef;
import org.cirm.platform.Bilingual;
import org.cirm.platform.ParsedModelProperties;
import org.cirm.platform.TaskCard;
import org.cirm.servicerequest.Outcome;
import org.cirm.servicerequest.RequestProgressed;

import org.springframework.context.ApplicationEventPublisher;
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

	private static final String SERVICE_CODE = "cirm.intake.serviceCode";

	private final IntakeService intake;

	private final RequestStore store;

	private final RequestOutcomes outcomes;

	private final ApplicationEventPublisher events;

	IntakeEnginePlugin(@Lazy IntakeService intake, @Lazy RequestStore store, @Lazy RequestOutcomes outcomes,
			ApplicationEventPublisher events) {
		this.intake = intake;
		this.store = store;
		this.outcomes = outcomes;
		this.events = events;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>(configuration.getCustomPreBPMNParseListeners() == null
				? List.of() : configuration.getCustomPreBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseProcess(Element element, ProcessDefinitionEntity process) {
				String serviceCode = propertyOf(element, "service.code");
				if (serviceCode != null) {
					process.setProperty(SERVICE_CODE, serviceCode);
					process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) start -> {
						if (start.getProcessBusinessKey() == null) {
							IntakeEnginePlugin.this.intake.recordStartedInTasklist(start, serviceCode);
						}
					});
					process.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) end -> {
						ExecutionEntity ended = (ExecutionEntity) end;
						if (!ended.isCanceled()) {
							progressed(RequestProgressed.Kind.COMPLETED, end, ended.getActivity() == null ? null
									: (String) ended.getActivity().getProperty("name"));
						}
					});
				}
			}

			@Override
			public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
				if (scope instanceof ProcessDefinitionEntity) {
					startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_START,
							(ExecutionListener) IntakeEnginePlugin.this.intake::announceStartedInTasklist);
				}
			}

			@Override
			public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl end) {
				if (IntakeEnginePlugin.this.outcomes.parse(element, end)) {
					end.addBuiltInListener(ExecutionListener.EVENTNAME_START,
							(ExecutionListener) IntakeEnginePlugin.this.outcomes::reached);
				}
			}

			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				watch(element, activity);
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, IntakeEnginePlugin::fillCard);
			}

			@Override
			public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				watch(element, activity);
			}

			@Override
			public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				watch(element, activity);
			}

			@Override
			public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
				watch(element, activity);
			}

			@Override
			public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
				watch(element, activity);
			}

		});
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

	private void watch(Element element, ActivityImpl activity) {
		String name = (String) activity.getProperty("name");
		// A step the citizen is told of: every step on the clock, unless the model says
		// it
		// is internal (step.tellCitizen = false, e.g. a record kept in an agency's
		// register).
		if (propertyOf(element, "step.timeLimit") != null
				&& !"false".equalsIgnoreCase(propertyOf(element, "step.tellCitizen"))) {
			activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) end -> {
				if (!((ExecutionEntity) end).isCanceled()) {
					progressed(RequestProgressed.Kind.STEP_DONE, end, name);
				}
			});
		}
		if ("paused".equalsIgnoreCase(propertyOf(element, "sla.clock"))) {
			activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
					(ExecutionListener) start -> progressed(RequestProgressed.Kind.ACTION_NEEDED, start, name));
		}
	}

	private void progressed(RequestProgressed.Kind kind, DelegateExecution execution, String stepName) {
		Object serviceCode = ((ExecutionEntity) execution).getProcessDefinition().getProperty(SERVICE_CODE);
		if (serviceCode == null) {
			return;
		}
		ProcessDefinitionEntity definition = ((ExecutionEntity) execution).getProcessDefinition();
		Object citizen = execution.getVariable(CitizenRef.PROCESS_VARIABLE);
		Optional<RequestStore.Stored> request = this.store.byBusinessKey(execution.getProcessBusinessKey());
		// A process started with a key of its own has no record: it is known by that key.
		String requestId = request.map(RequestStore.Stored::id).orElse(execution.getProcessBusinessKey());
		Outcome outcome = kind != RequestProgressed.Kind.COMPLETED || requestId == null ? null
				: this.outcomes.of(requestId, definition::findActivity, names -> valuesOf(execution, names))
					.orElse(null);
		this.events.publishEvent(new RequestProgressed(kind, requestId, execution.getProcessInstanceId(),
				citizen == null ? null : citizen.toString(), serviceCode.toString(),
				Bilingual.parse(definition.getName()), request.map(RequestStore.Stored::trackingCode).orElse(null),
				Bilingual.parse(stepName), outcome, request.map(RequestStore.Stored::channel).orElse(null)));
	}

	private static Map<String, Object> valuesOf(DelegateExecution execution, List<String> names) {
		Map<String, Object> values = new HashMap<>();
		names.forEach(name -> {
			Object value = execution.getVariable(name);
			if (value != null) {
				values.put(name, value);
			}
		});
		return values;
	}

	/** Copies onto the new task what its card in Tasklist shows ({@link TaskCard}). */
	private static void fillCard(DelegateTask task) {
		for (TaskCard.Line line : TaskCard.LINES) {
			Object value = task.getExecution().getVariable(line.processVariable());
			if (value != null) {
				task.setVariableLocal(line.taskVariable(), value);
			}
		}
	}

	private static String propertyOf(Element element, String name) {
		return ParsedModelProperties.of(element).get(name);
	}

}
