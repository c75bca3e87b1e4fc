package org.cirm.servicerequest.internal.complaint;

import org.cirm.platform.AccessPolicy;
import org.cirm.platform.Roles;
import org.cirm.platform.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may receive a complaint: counter and hotline officers, and the complaint centre
 * itself.
 */
@Component
@Order(25)
class ComplaintAccess implements StartupStep {

	private final AccessPolicy access;

	ComplaintAccess(AccessPolicy access) {
		this.access = access;
	}

	@Override
	public void run() {
		this.access.allowStart(ComplaintProcess.KEY, Roles.COUNTER);
		this.access.allowStart(ComplaintProcess.KEY, Roles.HOTLINE);
		this.access.allowStart(ComplaintProcess.KEY, Roles.agencyGroup(ComplaintProcess.COMPLAINT_CENTRE));
	}

}
