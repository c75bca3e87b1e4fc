package org.cirm.servicerequest.internal.restaurant;

import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_TH;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.DISTRICT;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.FLOOR_AREA;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.PERMIT_APPLICATION_NUMBER;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.PROVINCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.agency.LocalAdministration;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyForFoodPermit: the municipality's permit system takes the application; its
 * decision comes back by callback (Event_PermitDecided).
 */
@Component
class ApplyForFoodPermitDelegate implements JavaDelegate {

	private final AgencyHandoffs handoffs;

	private final LocalAdministration municipality;

	ApplyForFoodPermitDelegate(AgencyHandoffs handoffs, LocalAdministration municipality) {
		this.handoffs = handoffs;
		this.municipality = municipality;
	}

	@Override
	public void execute(DelegateExecution application) {
		var permit = new LocalAdministration.FoodPremisesApplication(application.getProcessInstanceId(),
				BUSINESS_NAME_TH.from(application), PROVINCE.from(application), DISTRICT.from(application),
				Math.toIntExact(FLOOR_AREA.from(application)));
		var received = this.handoffs.send(application, this.municipality.applyForFoodPermit(), permit);
		PERMIT_APPLICATION_NUMBER.set(application, received.applicationNumber());
	}

}
