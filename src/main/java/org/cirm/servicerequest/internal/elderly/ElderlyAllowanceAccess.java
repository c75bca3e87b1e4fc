package org.cirm.servicerequest.internal.elderly;

import org.cirm.platform.AccessPolicy;
import org.cirm.platform.Roles;
import org.cirm.platform.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Who may take an application: counter officers and the municipality's own officers. */
@Component
@Order(25)
class ElderlyAllowanceAccess implements StartupStep {

	private final AccessPolicy access;

	ElderlyAllowanceAccess(AccessPolicy access) {
		this.access = access;
	}

	@Override
	public void run() {
		this.access.allowStart(ElderlyAllowanceProcess.KEY, Roles.COUNTER);
		this.access.allowStart(ElderlyAllowanceProcess.KEY, Roles.agencyGroup(ElderlyAllowanceProcess.MUNICIPALITY));
	}

}
