package org.cirm.servicerequest.internal.elderly;

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
				"ต้องเลือกผลการพิจารณา / Choose approve or reject");
		if (decision == MunicipalityDecision.REJECTED) {
			DECISION_NOTE.requireFrom(review, "ต้องระบุเหตุผลที่ไม่อนุมัติ / Give the reason for rejecting");
		}
	}

}
