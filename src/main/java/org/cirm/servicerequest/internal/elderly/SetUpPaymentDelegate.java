package org.cirm.servicerequest.internal.elderly;

import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.ALLOWANCE_NUMBER;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.PAYMENT_METHOD;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.servicerequest.internal.ApplicantIds;
import org.cirm.agency.LocalAdministration;
import org.springframework.stereotype.Component;

/**
 * Task_SetUpPayment: the municipality's welfare system registers the approved allowance
 * for payment.
 */
@Component
class SetUpPaymentDelegate implements JavaDelegate {

	private final AgencyHandoffs handoffs;

	private final LocalAdministration municipality;

	private final ApplicantIds applicants;

	SetUpPaymentDelegate(AgencyHandoffs handoffs, LocalAdministration municipality, ApplicantIds applicants) {
		this.handoffs = handoffs;
		this.municipality = municipality;
		this.applicants = applicants;
	}

	@Override
	public void execute(DelegateExecution application) {
		var registration = new LocalAdministration.AllowanceRegistration(application.getProcessInstanceId(),
				this.applicants.nationalIdOf(application), PAYMENT_METHOD.from(application));
		var registered = this.handoffs.send(application, this.municipality.registerAllowance(), registration);
		ALLOWANCE_NUMBER.set(application, registered.allowanceNumber());
	}

}
