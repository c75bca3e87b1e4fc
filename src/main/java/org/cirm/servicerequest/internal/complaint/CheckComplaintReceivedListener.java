package org.cirm.servicerequest.internal.complaint;

import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.CATEGORY;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.CHANNEL;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.DETAILS;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.LOCATION;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.PROVINCE;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.SUBJECT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Refuses a complaint that lacks what the complaint centre needs to triage it. */
@Component
class CheckComplaintReceivedListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		CHANNEL.requireFrom(execution, "ต้องระบุช่องทางที่รับเรื่อง / The channel is required");
		CATEGORY.requireFrom(execution, "ต้องระบุประเภทเรื่อง / The category is required");
		SUBJECT.requireFrom(execution, "ต้องระบุเรื่อง / The subject is required");
		LOCATION.requireFrom(execution, "ต้องระบุสถานที่ / The location is required");
		DETAILS.requireFrom(execution, "ต้องระบุรายละเอียด / The details are required");
		// Optional (the centre triages without it), but a known province when given.
		if (execution.getVariable(PROVINCE.name()) instanceof String province && province.isBlank()) {
			execution.removeVariable(PROVINCE.name());
		}
		PROVINCE.optionalFrom(execution);
	}

}
