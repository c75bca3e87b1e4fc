package org.cirm.servicerequest.internal.complaint;

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
				"ต้องระบุว่ายอมรับผลหรือไม่ / Say whether the outcome is accepted");
		if (!accepted) {
			REVIEW_NOTE.requireFrom(step, "ต้องระบุเหตุผลที่ส่งกลับ / Give the reason for sending it back");
		}
	}

}
