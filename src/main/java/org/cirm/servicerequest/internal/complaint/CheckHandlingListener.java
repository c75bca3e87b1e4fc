package org.cirm.servicerequest.internal.complaint;

import org.cirm.platform.Texts;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.ACTION_TAKEN;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.EVIDENCE_REF;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.HANDLING_RESULT;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.RESPONSIBLE_AGENCY;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.TRANSFER_TO;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.agency.AgencyDirectory;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.HandlingResult;
import org.springframework.stereotype.Component;

/**
 * Completes the agency's step only with what the next step needs: what the agency did (or
 * why it gives the case up); for a resolved complaint, the evidence; for a transfer, a
 * known agency other than itself and the centre.
 */
@Component
class CheckHandlingListener implements ExecutionListener {

	private final AgencyDirectory agencies;

	CheckHandlingListener(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	@Override
	public void notify(DelegateExecution step) {
		HandlingResult result = HANDLING_RESULT.requireFrom(step,
				Texts.of("form.complaint.handling-result.required").toString());
		ACTION_TAKEN.requireFrom(step, Texts.of("form.complaint.action-taken.required").toString());
		if (result == HandlingResult.DONE) {
			EVIDENCE_REF.requireFrom(step, Texts.of("form.complaint.evidence.required").toString());
		}
		if (result == HandlingResult.TRANSFER) {
			requireOtherAgency(step);
		}
	}

	private void requireOtherAgency(DelegateExecution step) {
		String to = TRANSFER_TO.requireFrom(step, Texts.of("form.complaint.transfer-to.required").toString());
		if (!this.agencies.knows(to) || to.equals(ComplaintProcess.COMPLAINT_CENTRE)
				|| to.equals(RESPONSIBLE_AGENCY.from(step))) {
			throw new FormFieldValidationException(TRANSFER_TO.name(),
					Texts.of("form.complaint.transfer-to.refused", to).toString());
		}
	}

}
