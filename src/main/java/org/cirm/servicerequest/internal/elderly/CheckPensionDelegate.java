package org.cirm.servicerequest.internal.elderly;

import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.RECEIVES_PENSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.servicerequest.internal.ApplicantIds;
import org.cirm.agency.PensionRegistry;
import org.springframework.stereotype.Component;

/**
 * Task_CheckPension: asks the Comptroller General whether the applicant has a government
 * pension.
 */
@Component
class CheckPensionDelegate implements JavaDelegate {

	private final AgencyHandoffs handoffs;

	private final PensionRegistry pensions;

	private final ApplicantIds applicants;

	CheckPensionDelegate(AgencyHandoffs handoffs, PensionRegistry pensions, ApplicantIds applicants) {
		this.handoffs = handoffs;
		this.pensions = pensions;
		this.applicants = applicants;
	}

	@Override
	public void execute(DelegateExecution application) {
		var lookup = new PensionRegistry.PensionLookup(this.applicants.nationalIdOf(application));
		PensionRegistry.PensionStatus status = this.handoffs.send(application, this.pensions.checkPension(), lookup);
		RECEIVES_PENSION.set(application, status.receivesGovernmentPension());
	}

}
