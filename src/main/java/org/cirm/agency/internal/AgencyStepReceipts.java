package org.cirm.agency.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.cirm.agency.AgencyDirectory;
import org.cirm.agency.Handoff.Direction;
import org.cirm.agency.Handoff.Outcome;
import org.cirm.platform.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the receipts of the hand-offs that are steps rather than calls: a user task
 * offered to an agency's officers (its candidate group) and completed by them, and an
 * external task offered to an agency's system (its topic, {@code <agency>.<work>}) and
 * completed by it. Runs in the engine's transaction, through Camunda's Spring event
 * bridge, so a receipt exists exactly when the step does.
 */
@Component
class AgencyStepReceipts {

	private final AgencyDirectory directory;

	private final HandoffReceipts receipts;

	AgencyStepReceipts(AgencyDirectory directory, HandoffReceipts receipts) {
		this.directory = directory;
		this.receipts = receipts;
	}

	@EventListener(condition = "#task.eventName == 'create' || #task.eventName == 'complete'")
	public void onTask(DelegateTask task) {
		boolean offered = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
		var place = new HandoffReceipts.Place(task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey(),
				task.getTaskDefinitionKey());
		task.getCandidates()
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
			.filter(Roles::isAgencyGroup)
			.map(group -> group.substring(Roles.agencyGroup("").length()))
			.filter(this.directory::knows)
			.forEach(agency -> this.receipts.record(agency, offered ? Direction.OUT : Direction.IN, "tasklist", place,
					task.getId(), PayloadHash.ofText(task.getId()), offered ? Outcome.OFFERED : Outcome.COMPLETED));
	}

	@EventListener(condition = "#execution.eventName == 'start' || #execution.eventName == 'end'")
	public void onExternalTask(DelegateExecution execution) {
		if (!(execution.getBpmnModelElementInstance() instanceof ServiceTask step)
				|| !"external".equals(step.getCamundaType()) || execution.isCanceled()) {
			return;
		}
		String topic = step.getCamundaTopic();
		String agency = topic.substring(0, Math.max(topic.indexOf('.'), 0));
		if (!this.directory.knows(agency)) {
			return;
		}
		boolean offered = ExecutionListener.EVENTNAME_START.equals(execution.getEventName());
		var place = new HandoffReceipts.Place(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
				execution.getCurrentActivityId());
		this.receipts.record(agency, offered ? Direction.OUT : Direction.IN, "external-task", place,
				execution.getActivityInstanceId(), PayloadHash.ofText(topic),
				offered ? Outcome.OFFERED : Outcome.COMPLETED);
	}

}
