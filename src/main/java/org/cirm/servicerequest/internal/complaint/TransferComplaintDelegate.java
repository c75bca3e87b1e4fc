package org.cirm.servicerequest.internal.complaint;

import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.RESPONSIBLE_AGENCY;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.TRANSFER_TO;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_TransferComplaint: the agency the handling agency named becomes responsible; the
 * case keeps its history and its clock.
 */
@Component
class TransferComplaintDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution complaint) {
		RESPONSIBLE_AGENCY.set(complaint, TRANSFER_TO.from(complaint));
		complaint.removeVariable(TRANSFER_TO.name());
	}

}
