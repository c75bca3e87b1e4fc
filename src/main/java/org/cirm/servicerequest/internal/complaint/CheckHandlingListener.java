package org.cirm.servicerequest.internal.complaint;

import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.ACTION_TAKEN;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.HANDLING_RESULT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Completes the agency's step only with a result and a record of what the agency did. */
@Component
class CheckHandlingListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution step) {
		HANDLING_RESULT.requireFrom(step, "ต้องเลือกผลการดำเนินการ / Choose the result");
		ACTION_TAKEN.requireFrom(step, "ต้องบันทึกการดำเนินการ / Record the action taken");
	}

}
