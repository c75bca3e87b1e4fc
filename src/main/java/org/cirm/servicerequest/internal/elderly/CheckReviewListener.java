package org.cirm.servicerequest.internal.elderly;

import org.cirm.platform.Texts;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.DECISION_NOTE;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.MUNICIPALITY_DECISION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.MunicipalityDecision;
import org.springframework.stereotype.Component;

/** The municipality decides, and gives the reason when it refuses. */
@Component("checkAllowanceReviewListener")
class CheckReviewListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution review) {
		MunicipalityDecision decision = MUNICIPALITY_DECISION.requireFrom(review,
				Texts.of("form.elderly.decision.required").toString());
		if (decision == MunicipalityDecision.REJECTED) {
			DECISION_NOTE.requireFrom(review, Texts.of("form.elderly.decision-note.required").toString());
		}
	}

}
