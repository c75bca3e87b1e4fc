package org.cirm.servicerequest.internal.complaint;

import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.ACTION_TAKEN;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.HANDLING_RESULT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completes the agency's step only with a result and a record of what the agency did. */
@Component
class CheckHandlingListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		HANDLING_RESULT.requireFrom(task, "ต้องเลือกผลการดำเนินการ / Choose the result");
		ACTION_TAKEN.requireFrom(task, "ต้องบันทึกการดำเนินการ / Record the action taken");
	}

}
