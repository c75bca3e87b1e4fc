package org.cirm.servicerequest.internal.restaurant;

import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_TH;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_REGISTRATION_NUMBER;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.EXPECTED_TURNOVER;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.VAT_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.agency.RevenueDepartment;
import org.springframework.stereotype.Component;

/** Task_RegisterForVat: the Revenue Department registers the new business for VAT. */
@Component
class RegisterForVatDelegate implements JavaDelegate {

	private final AgencyHandoffs handoffs;

	private final RevenueDepartment revenue;

	RegisterForVatDelegate(AgencyHandoffs handoffs, RevenueDepartment revenue) {
		this.handoffs = handoffs;
		this.revenue = revenue;
	}

	@Override
	public void execute(DelegateExecution application) {
		var registration = new RevenueDepartment.VatRegistration(application.getProcessInstanceId(),
				BUSINESS_REGISTRATION_NUMBER.from(application), BUSINESS_NAME_TH.from(application),
				EXPECTED_TURNOVER.from(application));
		VAT_NUMBER.set(application,
				this.handoffs.send(application, this.revenue.registerForVat(), registration).vatNumber());
	}

}
