package org.cirm.servicerequest.internal.complaint;

import org.cirm.platform.Texts;
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
		CHANNEL.requireFrom(execution, Texts.of("form.complaint.channel.required").toString());
		CATEGORY.requireFrom(execution, Texts.of("form.complaint.category.required").toString());
		SUBJECT.requireFrom(execution, Texts.of("form.complaint.subject.required").toString());
		LOCATION.requireFrom(execution, Texts.of("form.complaint.location.required").toString());
		DETAILS.requireFrom(execution, Texts.of("form.complaint.details.required").toString());
		// Optional (the centre triages without it), but a known province when given.
		if (execution.getVariable(PROVINCE.name()) instanceof String province && province.isBlank()) {
			execution.removeVariable(PROVINCE.name());
		}
		PROVINCE.optionalFrom(execution);
	}

}
