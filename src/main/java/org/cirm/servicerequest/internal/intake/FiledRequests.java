package org.cirm.servicerequest.internal.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.pvm.ReadOnlyProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.platform.Bilingual;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.Outcome;
import org.cirm.servicerequest.ProcessState;
import org.cirm.servicerequest.RequestSummary;
import org.cirm.servicerequest.Satisfaction;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TooManyAttemptsException;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.stereotype.Service;

/**
 * The read side of requests: finding a filed request (by code and second factor, by
 * citizen), what its process waits for, and how it ended.
 */
@Service
class FiledRequests implements ServiceRequests {

	private final RequestStore store;

	private final CitizenRegistry citizens;

	private final TrackingLimiter limiter;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final RepositoryService repository;

	private final RequestOutcomes outcomes;

	private final TaskService tasks;

	private final ProcessReads reads;

	FiledRequests(RequestStore store, CitizenRegistry citizens, TrackingLimiter limiter, RuntimeService runtime,
			HistoryService history, RepositoryService repository, RequestOutcomes outcomes, TaskService tasks,
			ProcessReads reads) {
		this.tasks = tasks;
		this.reads = reads;
		this.store = store;
		this.citizens = citizens;
		this.limiter = limiter;
		this.runtime = runtime;
		this.history = history;
		this.repository = repository;
		this.outcomes = outcomes;
	}

	@Override
	public Optional<FiledRequest> track(TrackingCode code, String nationalIdLastFour, String client) {
		String clientSubject = "client:" + client;
		String codeSubject = "code:" + code.value();
		if (this.limiter.blocked(clientSubject, codeSubject)) {
			throw new TooManyAttemptsException();
		}
		Optional<FiledRequest> found = this.store.byTrackingCode(code)
			.filter(request -> nationalIdLastFour != null && request.citizenRef() != null
					&& CitizenRef.parse(request.citizenRef())
						.flatMap(this.citizens::find)
						.map(citizen -> citizen.nationalId().fullDigits().endsWith(nationalIdLastFour.strip()))
						.orElse(false))
			.map(RequestStore.Stored::filed);
		if (found.isEmpty()) {
			this.limiter.failed(clientSubject);
			this.limiter.failed(codeSubject);
		}
		return found;
	}

	@Override
	public Set<String> awaitedMessages(FiledRequest request) {
		return request.processInstanceId() == null ? Set.of() : this.reads.awaitedMessages(request.processInstanceId());
	}

	@Override
	public void deliver(FiledRequest request, String message, Map<String, Object> variables) {
		this.runtime.createMessageCorrelation(message)
			.processInstanceId(request.processInstanceId())
			.setVariables(variables)
			.correlate();
	}

	@Override
	public void failedLookUp(String client) {
		String clientSubject = "client:" + client;
		if (this.limiter.blocked(clientSubject)) {
			throw new TooManyAttemptsException();
		}
		this.limiter.failed(clientSubject);
	}

	@Override
	public List<FiledRequest> filedBy(String citizenRef) {
		return this.store.byCitizen(citizenRef).stream().map(RequestStore.Stored::filed).toList();
	}

	@Override
	public Optional<FiledRequest> find(TrackingCode code) {
		return this.store.byTrackingCode(code).map(RequestStore.Stored::filed);
	}

	@Override
	public Optional<String> applicantOf(TrackingCode code) {
		return this.store.byTrackingCode(code).map(RequestStore.Stored::citizenRef);
	}

	@Override
	public Optional<String> applicantOfTask(String taskId, String officer, List<String> groups) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || task.getProcessInstanceId() == null) {
			return Optional.empty();
		}
		boolean mayWork = officer.equals(task.getAssignee()) || (task.getAssignee() == null && !groups.isEmpty()
				&& this.tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups).count() > 0);
		if (!mayWork) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.runtime.getVariable(task.getProcessInstanceId(), CitizenRef.PROCESS_VARIABLE))
			.map(Object::toString);
	}

	@Override
	public Optional<FiledRequest> byId(String requestId) {
		return requestId == null ? Optional.empty() : this.store.byId(requestId).map(RequestStore.Stored::filed);
	}

	@Override
	public Optional<String> applicantOfProcess(String processInstanceId) {
		Optional<String> filed = this.store.byProcessInstance(processInstanceId).map(RequestStore.Stored::citizenRef);
		if (filed.isPresent()) {
			return filed;
		}
		// A process started with a key of its own has no record: its variable says.
		return processScoped(processInstanceId, List.of(CitizenRef.PROCESS_VARIABLE)).values()
			.stream()
			.findFirst()
			.map(Object::toString);
	}

	@Override
	public Bilingual serviceNameOfProcess(String processInstanceId) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		String name = instance == null ? null
				: this.repository.getProcessDefinition(instance.getProcessDefinitionId()).getName();
		return Bilingual.parse(name == null ? processInstanceId : name);
	}

	@Override
	public List<RequestSummary> summariesOf(String citizenRef, int most) {
		Map<String, FiledRequest> filed = new HashMap<>();
		filedBy(citizenRef).stream()
			.filter(request -> request.processInstanceId() != null)
			.forEach(request -> filed.put(request.processInstanceId(), request));
		return this.history.createHistoricProcessInstanceQuery()
			.variableValueEquals(CitizenRef.PROCESS_VARIABLE, citizenRef)
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, most)
			.stream()
			.map(instance -> summary(instance, filed.get(instance.getId())))
			.toList();
	}

	private RequestSummary summary(HistoricProcessInstance instance, FiledRequest filed) {
		List<RequestSummary.OpenStep> open = this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.list()
			.stream()
			.map(task -> new RequestSummary.OpenStep(task.getTaskDefinitionKey(), task.getName(),
					this.tasks.getIdentityLinksForTask(task.getId())
						.stream()
						.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
						.map(IdentityLink::getGroupId)
						.toList(),
					task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant()))
			.toList();
		Map<String, Object> values = processScoped(instance.getId(), List.of("subject", Satisfaction.RATING.name()));
		Outcome outcome = filed == null || instance.getEndTime() == null ? null
				: outcomeOf(filed, instance.getProcessDefinitionId()).orElse(null);
		return new RequestSummary(instance.getId(), Bilingual.parse(instance.getProcessDefinitionName()),
				filed == null ? null : filed.trackingCode(),
				values.get("subject") instanceof String subject ? subject : null, instance.getStartTime().toInstant(),
				instance.getEndTime() == null ? null : instance.getEndTime().toInstant(), outcome,
				values.get(Satisfaction.RATING.name()) instanceof Number rating ? rating.longValue() : null, open);
	}

	@Override
	public Optional<ProcessState> processOf(FiledRequest request) {
		if (request.processInstanceId() == null) {
			return Optional.empty();
		}
		return this.reads.of(request.processInstanceId())
			.map(found -> new ProcessState(found.processDefinitionId(), found.endedAt(),
					found.endedAt() == null ? null : outcomeOf(request, found.processDefinitionId()).orElse(null),
					found.visits()));
	}

	/** How the request ended, as the end event its process reached declares. */
	private Optional<Outcome> outcomeOf(FiledRequest request, String processDefinitionId) {
		ReadOnlyProcessDefinition definition = ((RepositoryServiceImpl) this.repository)
			.getDeployedProcessDefinition(processDefinitionId);
		return this.outcomes.of(request.requestId(), definition::findActivity,
				names -> processScoped(request.processInstanceId(), names));
	}

	/** The request's values with these names, those of the process itself first. */
	private Map<String, Object> processScoped(String processInstanceId, List<String> names) {
		return this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.variableNameIn(names.toArray(String[]::new))
			.disableCustomObjectDeserialization()
			.list()
			.stream()
			.filter(variable -> variable.getValue() != null)
			.sorted((a, b) -> Boolean.compare(!processInstanceId.equals(a.getActivityInstanceId()),
					!processInstanceId.equals(b.getActivityInstanceId())))
			.collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
					(first, later) -> first));
	}

}
