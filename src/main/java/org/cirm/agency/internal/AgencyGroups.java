package org.cirm.agency.internal;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.cirm.agency.Agency;
import org.cirm.agency.AgencyDirectory;
import org.cirm.platform.AccessPolicy;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Roles;
import org.cirm.platform.StartupStep;
import org.cirm.platform.Texts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every configured agency its officer group in Camunda, with what every officer
 * needs to work in Tasklist (which steps the group sees is decided by the models'
 * candidate groups), and each agency system its worker group for external tasks.
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

	/**
	 * The agency system's worker accounts may work on any case's external tasks; which
	 * topics is up to AgencyWorkerGuard, which refuses them everything else.
	 */
	private void grantWorkers(Agency agency) {
		String workers = Roles.workerGroup(agency.code());
		this.access.ensureGroup(workers,
				Texts.of("agency.workers", new Bilingual(agency.nameTh(), agency.nameEn())).toString(),
				Roles.WORKER_GROUP_TYPE);
		this.access.grant(workers, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
				Permissions.UPDATE_INSTANCE);
	}

	@Override
	public void run() {
		for (Agency agency : this.directory.agencies()) {
			this.access.ensureGroup(agency.officerGroup(), agency.displayName(), Roles.AGENCY_GROUP_TYPE);
			this.access.grantOfficer(agency.officerGroup());
			if (agency.system() != null) {
				grantWorkers(agency);
			}
		}
	}

}
