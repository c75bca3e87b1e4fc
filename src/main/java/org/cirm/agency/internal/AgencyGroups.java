package org.cirm.agency.internal;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyDirectory;
import org.cirm.platform.AccessPolicy;
import org.cirm.platform.Roles;
import org.cirm.platform.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every configured agency its officer group in Camunda, with what every officer
 * needs to work in Tasklist. Which steps the group sees is decided by the models'
 * candidate groups.
 */
@Component
@Order(20)
class AgencyGroups implements StartupStep {

	private final AgencyDirectory directory;

	private final AccessPolicy access;

	AgencyGroups(AgencyDirectory directory, AccessPolicy access) {
		this.directory = directory;
		this.access = access;
	}

	@Override
	public void run() {
		for (Agency agency : this.directory.agencies()) {
			this.access.ensureGroup(agency.officerGroup(), agency.displayName(), Roles.AGENCY_GROUP_TYPE);
			this.access.grantOfficer(agency.officerGroup());
		}
	}

}
