package org.cirm.sla.internal;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.cirm.platform.ParsedModelProperties;
import org.cirm.sla.TimeLimit;

/**
 * Puts every service on the clock from what its model already states for the Citizen's
 * Manual, so the promise and its enforcement cannot differ:
 * <ul>
 * <li>{@code service.timeLimit} on the process: the request's clock, from the start until
 * the step named by {@code service.decision} ends (or the process does);</li>
 * <li>{@code step.timeLimit} (with {@code step.agency}) on a step: that step's clock, and
 * its user task's due date;</li>
 * <li>{@code sla.clock = paused} on a wait for the applicant: the request's clock stops
 * while the request waits there.</li>
 * </ul>
 * The listeners are built in, so they run even when an operator skips custom listeners.
 */
class DeadlineParseListener extends AbstractBpmnParseListener {

	static final String SERVICE_CODE = "service.code";

	static final String SERVICE_TIME_LIMIT = "service.timeLimit";

	static final String SERVICE_AGENCY = "service.agency";

	static final String SERVICE_DECISION = "service.decision";

	static final String STEP_TIME_LIMIT = "step.timeLimit";

	static final String STEP_AGENCY = "step.agency";

	static final String CLOCK = "sla.clock";

	/** step.agency of a step held by whichever agency the case was routed to. */
	static final String RESPONSIBLE = "RESPONSIBLE";

	static final String RESPONSIBLE_AGENCY_VARIABLE = "responsibleAgency";

	private static final String SERVICE_CODE_PROPERTY = "cirm.sla.serviceCode";

	private final Deadlines deadlines;

	DeadlineParseListener(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void parseProcess(Element element, ProcessDefinitionEntity process) {
		Map<String, String> properties = ParsedModelProperties.of(element);
		String serviceCode = properties.getOrDefault(SERVICE_CODE, process.getKey());
		process.setProperty(SERVICE_CODE_PROPERTY, serviceCode);
		Optional<TimeLimit> limit = limit(properties.get(SERVICE_TIME_LIMIT), process.getKey());
		if (limit.isEmpty()) {
			return;
		}
		String agency = properties.get(SERVICE_AGENCY);
		process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> this.deadlines
			.startService((ExecutionEntity) execution, serviceCode, limit.get(), agency));
		process.addBuiltInListener(ExecutionListener.EVENTNAME_END,
				(ExecutionListener) execution -> this.deadlines.stopAll(execution.getProcessInstanceId()));
		String decision = properties.get(SERVICE_DECISION);
		if (decision != null) {
			ActivityImpl decisionStep = process.findActivity(decision);
			if (decisionStep == null) {
				throw new IllegalArgumentException(
						process.getKey() + ": service.decision names " + decision + ", which is no step of the model");
			}
			decisionStep.addBuiltInListener(ExecutionListener.EVENTNAME_END,
					(ExecutionListener) execution -> this.deadlines.stopService(execution.getProcessInstanceId()));
		}
	}

	@Override
	public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
		if (watch(element, activity)) {
			((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
				.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
						task -> this.deadlines.dueOfVisit(task.getExecution().getActivityInstanceId())
							.ifPresent(due -> task.setDueDate(java.util.Date.from(due))));
		}
	}

	@Override
	public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
		watch(element, activity);
	}

	@Override
	public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
		watch(element, activity);
	}

	@Override
	public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
		watch(element, activity);
	}

	@Override
	public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
		watch(element, activity);
	}

	@Override
	public void parseManualTask(Element element, ScopeImpl scope, ActivityImpl activity) {
		watch(element, activity);
	}

	@Override
	public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
		watch(element, activity);
	}

	@Override
	public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
		watch(element, activity);
	}

	@Override
	public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
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

	/** Attaches the step's clock and pause; {@code true} when the step has a limit. */
	private boolean watch(Element element, ActivityImpl activity) {
		Map<String, String> properties = ParsedModelProperties.of(element);
		if ("paused".equalsIgnoreCase(properties.get(CLOCK))) {
			activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
					(ExecutionListener) execution -> this.deadlines.pause(execution.getProcessInstanceId()));
			activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> this.deadlines
				.resume(((ExecutionEntity) execution).getProcessInstance()));
		}
		Optional<TimeLimit> limit = limit(properties.get(STEP_TIME_LIMIT), activity.getId());
		if (limit.isEmpty()) {
			return false;
		}
		String agency = properties.get(STEP_AGENCY);
		String name = (String) activity.getProperty("name");
		activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
			ExecutionEntity entity = (ExecutionEntity) execution;
			this.deadlines.startStep(entity, serviceCodeOf(entity), name != null ? name : activity.getId(),
					agencyOf(agency, execution), limit.get());
		});
		activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
				(ExecutionListener) execution -> this.deadlines.stopStep(execution.getActivityInstanceId()));
		return true;
	}

	private static String serviceCodeOf(ExecutionEntity execution) {
		Object code = execution.getProcessDefinition().getProperty(SERVICE_CODE_PROPERTY);
		return code != null ? code.toString() : execution.getProcessDefinition().getKey();
	}

	private static String agencyOf(String declared, DelegateExecution execution) {
		if (RESPONSIBLE.equals(declared)) {
			Object responsible = execution.getVariable(RESPONSIBLE_AGENCY_VARIABLE);
			return responsible != null ? responsible.toString() : null;
		}
		return declared;
	}

	private static Optional<TimeLimit> limit(String text, String where) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(TimeLimit.parse(text)
			.orElseThrow(() -> new IllegalArgumentException(where + ": the time limit '" + text
					+ "' is not in working days or hours, e.g. '15 working days'")));
	}

}
