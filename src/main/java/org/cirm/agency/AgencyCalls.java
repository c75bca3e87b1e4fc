package org.cirm.agency;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.cirm.agency.internal.AgencyGateway;

import org.springframework.stereotype.Component;

/**
 * Calls an operation an agency's system declares in the agency directory
 * ({@link Agency.Operation}), for a model's generic agency call: the same gateway as the
 * Java connectors (API key, circuit breaker, one mapping of answers) and the same
 * hand-off receipts (one idempotency key per step visit, the agency's "no" as a BPMN
 * error the model catches, anything else retried until an incident).
 */
@Component
public class AgencyCalls {

	private final AgencyDirectory directory;

	private final AgencyGateway gateway;

	private final AgencyHandoffs handoffs;

	AgencyCalls(AgencyDirectory directory, AgencyGateway gateway, AgencyHandoffs handoffs) {
		this.directory = directory;
		this.gateway = gateway;
		this.handoffs = handoffs;
	}

	/** The operation, if the agency is known and its system declares it. */
	public Optional<Agency.Operation> operation(String agencyCode, String name) {
		return this.directory.find(agencyCode).flatMap(agency -> agency.operation(name));
	}

	/**
	 * Sends the request from this step and answers the agency's JSON answer.
	 * @throws IllegalStateException for an agency or operation the directory does not
	 * declare (the deployment check refuses such a model; a directory changed since)
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Map<String, Object> call(DelegateExecution execution, String agencyCode, String operationName,
			Map<String, Object> request) {
		Agency.Operation declared = operation(agencyCode, operationName).orElseThrow(() -> new IllegalStateException(
				"The agency directory declares no " + agencyCode + " " + operationName));
		AgencyOperation<Map<String, Object>, Map> operation = this.gateway.operation(agencyCode, operationName,
				declared.path(), Map.class);
		return this.handoffs.send(execution, operation, request);
	}

}
