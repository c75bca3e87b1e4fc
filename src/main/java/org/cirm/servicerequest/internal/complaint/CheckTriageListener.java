package org.cirm.servicerequest.internal.complaint;

import org.cirm.platform.Texts;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.RESPONSIBLE_AGENCY;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.TRIAGE_DECISION;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.TRIAGE_NOTE;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.cirm.agency.AgencyDirectory;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.TriageDecision;
import org.springframework.stereotype.Component;

/**
 * Completes triage only with a decision the process can act on: a known agency to forward
 * to, or the answer or reason recorded when the centre closes the complaint itself.
 */
@Component
class CheckTriageListener implements ExecutionListener {

	private final AgencyDirectory agencies;

	CheckTriageListener(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	@Override
	public void notify(DelegateExecution step) {
		TriageDecision decision = TRIAGE_DECISION.requireFrom(step,
				Texts.of("form.complaint.triage-decision.required").toString());
		if (decision != TriageDecision.FORWARD) {
			TRIAGE_NOTE.requireFrom(step, Texts.of("form.complaint.triage-note.required").toString());
			return;
		}
		String agency = RESPONSIBLE_AGENCY.requireFrom(step,
				Texts.of("form.complaint.responsible-agency.required").toString());
		if (!this.agencies.knows(agency) || agency.equals(ComplaintProcess.COMPLAINT_CENTRE)) {
			throw new FormFieldValidationException(RESPONSIBLE_AGENCY.name(),
					Texts.of("form.complaint.responsible-agency.unknown", agency).toString());
		}
	}

}
