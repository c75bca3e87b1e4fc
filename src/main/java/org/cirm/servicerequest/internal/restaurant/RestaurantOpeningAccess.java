package org.cirm.servicerequest.internal.restaurant;

import org.cirm.platform.AccessPolicy;
import org.cirm.platform.Roles;
import org.cirm.platform.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may take an application: counter officers and the municipality's one-stop centre.
 */
@Component
@Order(25)
class RestaurantOpeningAccess implements StartupStep {

	private final AccessPolicy access;

	RestaurantOpeningAccess(AccessPolicy access) {
		this.access = access;
	}

	@Override
	public void run() {
		this.access.allowStart(RestaurantOpeningProcess.KEY, Roles.COUNTER);
		this.access.allowStart(RestaurantOpeningProcess.KEY, Roles.agencyGroup(RestaurantOpeningProcess.MUNICIPALITY));
	}

}
