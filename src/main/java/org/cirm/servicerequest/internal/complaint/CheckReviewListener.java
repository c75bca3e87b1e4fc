package org.cirm.servicerequest.internal.complaint;

import org.cirm.platform.Texts;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.OUTCOME_ACCEPTED;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.REVIEW_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Sends a complaint back to the agency only with the reason, so the agency knows what is
 * missing.
 */
@Component
class CheckReviewListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution step) {
		boolean accepted = OUTCOME_ACCEPTED.requireFrom(step,
				Texts.of("form.complaint.outcome-accepted.required").toString());
		if (!accepted) {
			REVIEW_NOTE.requireFrom(step, Texts.of("form.complaint.review-note.required").toString());
		}
	}

}
