package org.cirm.servicerequest.internal.intake;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.servicerequest.RequestHistory;
import org.cirm.servicerequest.RequestRecord;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.stereotype.Component;

/**
 * Each request as the reports see it, from its record and its process's history: read
 * once per change of the request, never at report time.
 */
@Component
class RecordedRequests implements RequestHistory {

	/** The process variables a report may group by: codes, never personal data. */
	static final String PROVINCE = "province";

	static final String RESPONSIBLE_AGENCY = "responsibleAgency";

	private final RequestStore store;

	private final HistoryService history;

	private final ServiceCatalog catalog;

	RecordedRequests(RequestStore store, HistoryService history, ServiceCatalog catalog) {
		this.store = store;
		this.history = history;
		this.catalog = catalog;
	}

	@Override
	public Optional<RequestRecord> recordOf(TrackingCode code) {
		return this.store.byTrackingCode(code).map(this::record);
	}

	@Override
	public List<TrackingCode> codesAfter(TrackingCode after, int most) {
		return this.store.codesAfter(after, most);
	}

	private RequestRecord record(RequestStore.Stored request) {
		HistoricProcessInstance process = request.processInstance() == null ? null
				: this.history.createHistoricProcessInstanceQuery()
					.processInstanceId(request.processInstance())
					.singleResult();
		Map<String, String> variables = process == null ? Map.of() : codes(process.getId());
		String agency = variables.getOrDefault(RESPONSIBLE_AGENCY, ownerOf(request.serviceCode()));
		Optional<RequestStore.Ended> end = this.store.endOf(request.id());
		return new RequestRecord(request.id(), request.trackingCode(), request.processInstance(), request.serviceCode(),
				process == null ? null : process.getProcessDefinitionVersion(), request.channel(),
				this.store.filedBy(request.id()).orElse(null), agency, variables.get(PROVINCE), request.receivedAt(),
				endedAt(process), end.map(RequestStore.Ended::outcome).orElse(null),
				process == null ? Map.of() : workers(process.getId()));
	}

	private Map<String, String> codes(String processInstance) {
		Map<String, String> codes = new HashMap<>();
		for (HistoricVariableInstance variable : this.history.createHistoricVariableInstanceQuery()
			.processInstanceIdIn(processInstance)
			.variableNameIn(PROVINCE, RESPONSIBLE_AGENCY)
			.disableCustomObjectDeserialization()
			.list()) {
			if (variable.getValue() != null && variable.getActivityInstanceId().equals(processInstance)) {
				codes.put(variable.getName(), variable.getValue().toString());
			}
		}
		return codes;
	}

	private Map<String, String> workers(String processInstance) {
		Map<String, String> workers = new HashMap<>();
		for (HistoricTaskInstance task : this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(processInstance)
			.list()) {
			if (task.getAssignee() != null && task.getActivityInstanceId() != null) {
				workers.put(task.getActivityInstanceId(), task.getAssignee());
			}
		}
		return workers;
	}

	private String ownerOf(String serviceCode) {
		return this.catalog.manual(serviceCode)
			.map(CitizensManual::owner)
			.map(CitizensManual.AgencyRef::code)
			.orElse(null);
	}

	private static Instant endedAt(HistoricProcessInstance process) {
		return process == null || process.getEndTime() == null ? null : process.getEndTime().toInstant();
	}

}
