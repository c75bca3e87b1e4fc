package org.cirm.servicerequest.internal.restaurant;

import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_EN;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_TH;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_REGISTRATION_NUMBER;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.PROVINCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.agency.BusinessRegistry;
import org.cirm.servicerequest.internal.ApplicantIds;
import org.springframework.stereotype.Component;

/** Task_RegisterBusiness: DBD registers the restaurant (or answers NAME_TAKEN). */
@Component
class RegisterBusinessDelegate implements JavaDelegate {

	private final AgencyHandoffs handoffs;

	private final BusinessRegistry registry;

	private final ApplicantIds applicants;

	RegisterBusinessDelegate(AgencyHandoffs handoffs, BusinessRegistry registry, ApplicantIds applicants) {
		this.handoffs = handoffs;
		this.registry = registry;
		this.applicants = applicants;
	}

	@Override
	public void execute(DelegateExecution application) {
		var registration = new BusinessRegistry.Registration(application.getProcessInstanceId(),
				this.applicants.nationalIdOf(application), BUSINESS_NAME_TH.from(application),
				BUSINESS_NAME_EN.from(application), "RESTAURANT", PROVINCE.from(application));
		var registered = this.handoffs.send(application, this.registry.register(), registration);
		BUSINESS_REGISTRATION_NUMBER.set(application, registered.registrationNumber());
	}

}
