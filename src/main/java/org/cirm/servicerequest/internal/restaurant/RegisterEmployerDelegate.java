package org.cirm.servicerequest.internal.restaurant;

import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_REGISTRATION_NUMBER;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.EMPLOYEES;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.EMPLOYER_ACCOUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.agency.SocialSecurity;
import org.springframework.stereotype.Component;

/** Task_RegisterEmployer: the Social Security Office registers the employer. */
@Component
class RegisterEmployerDelegate implements JavaDelegate {

	private final AgencyHandoffs handoffs;

	private final SocialSecurity socialSecurity;

	RegisterEmployerDelegate(AgencyHandoffs handoffs, SocialSecurity socialSecurity) {
		this.handoffs = handoffs;
		this.socialSecurity = socialSecurity;
	}

	@Override
	public void execute(DelegateExecution application) {
		var registration = new SocialSecurity.EmployerRegistration(application.getProcessInstanceId(),
				BUSINESS_REGISTRATION_NUMBER.from(application), Math.toIntExact(EMPLOYEES.from(application)));
		var registered = this.handoffs.send(application, this.socialSecurity.registerEmployer(), registration);
		EMPLOYER_ACCOUNT.set(application, registered.employerAccountNumber());
	}

}
