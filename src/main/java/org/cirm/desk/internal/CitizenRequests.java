package org.cirm.desk.internal;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.cirm.citizen.CitizenRef;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.Outcome;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.Satisfaction;
import org.cirm.sla.Deadline;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.SlaState;
import org.springframework.stereotype.Component;

/**
 * Every request of a citizen, across all services and agencies: the process instances
 * that carry the citizen's reference. Only a summary (service, current steps, responsible
 * agency, dates), never the form contents, which stay with the agencies in Tasklist.
 */
@Component
class CitizenRequests {

	private static final int MOST = 200;

	/**
	 * @param deadline the request's own deadline (the service's time limit) and where it
	 * stands, when the service has one
	 */
	record Request(String caseId, String service, String trackingCode, String subject, Bilingual state, Outcome outcome,
			Date started, Date ended, List<Step> currentSteps, Deadline deadline, Long satisfaction) {
	}

	/**
	 * A step waiting in the agencies named, since when, by when it is due and where that
	 * stands.
	 */
	record Step(String name, List<String> agencies, Date since, Date due, SlaState sla) {
	}

	private final HistoryService history;

	private final TaskService tasks;

	private final IdentityService identity;

	private final ServiceLevels serviceLevels;

	private final ServiceRequests requests;

	CitizenRequests(HistoryService history, TaskService tasks, IdentityService identity, ServiceLevels serviceLevels,
			ServiceRequests requests) {
		this.requests = requests;
		this.history = history;
		this.tasks = tasks;
		this.identity = identity;
		this.serviceLevels = serviceLevels;
	}

	List<Request> of(CitizenRef citizen) {
		Map<String, String> agencyNames = new HashMap<>();
		Map<String, FiledRequest> filed = new HashMap<>();
		this.requests.filedBy(citizen.value())
			.stream()
			.filter(request -> request.processInstanceId() != null)
			.forEach(request -> filed.put(request.processInstanceId(), request));
		return this.history.createHistoricProcessInstanceQuery()
			.variableValueEquals(CitizenRef.PROCESS_VARIABLE, citizen.value())
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, MOST)
			.stream()
			.map(instance -> summary(instance, filed.get(instance.getId()), agencyNames))
			.toList();
	}

	private Request summary(HistoricProcessInstance instance, FiledRequest filed, Map<String, String> agencyNames) {
		List<Deadline> deadlines = this.serviceLevels.of(instance.getId());
		List<Step> steps = this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.list()
			.stream()
			.map(task -> new Step(task.getName(), agenciesOf(task, agencyNames), task.getCreateTime(),
					task.getDueDate(), stateOf(task, deadlines)))
			.toList();
		Deadline service = deadlines.stream()
			.filter(deadline -> deadline.kind() == Deadline.Kind.SERVICE)
			.findFirst()
			.orElse(null);
		Outcome outcome = filed == null || instance.getEndTime() == null ? null
				: this.requests.outcomeOf(filed).orElse(null);
		Bilingual state = instance.getEndTime() == null ? Texts.of("tracking.state.running")
				: outcome != null ? outcome.kind().label() : Texts.of("outcome.CLOSED");
		return new Request(instance.getId(), instance.getProcessDefinitionName(),
				filed == null ? null : filed.trackingCode().formatted(), textOf(instance, "subject"), state, outcome,
				instance.getStartTime(), instance.getEndTime(), steps, service, satisfactionWith(instance));
	}

	/** A short text variable of the request (its subject), if it has one. */
	private String textOf(HistoricProcessInstance instance, String name) {
		HistoricVariableInstance variable = this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(name)
			.singleResult();
		return variable == null || !(variable.getValue() instanceof String text) ? null : text;
	}

	/** Where the task's step stands against its time limit, if it has one. */
	private static SlaState stateOf(Task task, List<Deadline> deadlines) {
		return deadlines.stream()
			.filter(deadline -> deadline.endedAt() == null && task.getTaskDefinitionKey().equals(deadline.step()))
			.map(Deadline::state)
			.findFirst()
			.orElse(null);
	}

	/** The citizen's rating of the request, once they gave one. */
	private Long satisfactionWith(HistoricProcessInstance instance) {
		HistoricVariableInstance rating = this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName(Satisfaction.RATING.name())
			.singleResult();
		return rating == null ? null : ((Number) rating.getValue()).longValue();
	}

	private List<String> agenciesOf(Task task, Map<String, String> agencyNames) {
		return this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.map(group -> agencyNames.computeIfAbsent(group, this::nameOf))
			.toList();
	}

	/** An agency group is named after its agency ({@code เทศบาล / Municipality}). */
	private String nameOf(String groupId) {
		Group group = this.identity.createGroupQuery().groupId(groupId).singleResult();
		return group == null || group.getName() == null ? groupId : group.getName();
	}

}
