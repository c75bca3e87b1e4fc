package org.cirm.agency;

import java.util.List;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.cirm.agency.Handoff.Outcome;
import org.cirm.agency.internal.ErrorCatchers;
import org.cirm.agency.internal.HandoffReceipts;
import org.cirm.agency.internal.PayloadHash;
import org.cirm.platform.LogSafe;
import org.springframework.stereotype.Component;

/**
 * Hands a case to an agency's system from a process step, with a receipt. The idempotency
 * key is the receipt's: the same on every attempt of the step (a retry, or another node
 * running the job after this one died), new when the process comes back to the step
 * later. The agency's "no" becomes a BPMN error with the agency's code when the model
 * catches that code at this step; a "no" the model does not handle, and any technical
 * failure, are thrown on, so the engine retries the job and finally raises an incident.
 */
@Component
public class AgencyHandoffs {

	private final HandoffReceipts receipts;

	private final PayloadHash hash;

	AgencyHandoffs(HandoffReceipts receipts, PayloadHash hash) {
		this.receipts = receipts;
		this.hash = hash;
	}

	public <Q, R> R send(DelegateExecution execution, AgencyOperation<Q, R> operation, Q request) {
		var place = new HandoffReceipts.Place(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
				execution.getCurrentActivityId());
		String key = this.receipts.openOutbound(operation.agencyCode(), operation.name(), place, this.hash.of(request));
		try {
			R answer = operation.call(key, request);
			this.receipts.close(key, Outcome.ACCEPTED, null);
			return answer;
		}
		catch (AgencyRejectedException no) {
			if (!ErrorCatchers.catches(execution, no.code())) {
				// A "no" the model does not handle would end its branch silently: fail
				// visibly instead (retries, then an incident that names the answer).
				this.receipts.failed(key, "Unhandled answer " + no.code() + ": " + LogSafe.describe(no));
				throw no;
			}
			this.receipts.close(key, Outcome.REJECTED, no.code());
			throw new BpmnError(no.code(), no.getMessage());
		}
		catch (RuntimeException failure) {
			// An HTTP client's message may quote the agency's answer: kept without
			// personal data.
			this.receipts.failed(key, LogSafe.describe(failure));
			throw failure;
		}
	}

	/** Every hand-off of a process instance, oldest first. */
	public List<Handoff> of(String processInstanceId) {
		return this.receipts.of(processInstanceId);
	}

}
