package org.cirm.agency.internal;

import java.time.Duration;
import java.util.List;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyDirectory;
import org.cirm.platform.Roles;
import org.springframework.stereotype.Component;

/**
 * The agency directory as officers see it: who the agencies are, their groups, how the
 * platform reaches their systems, and whether those systems answer of late. Secrets show
 * only as the name of their setting and whether it is set.
 */
@Component
class AgencyDirectoryView {

	record Entry(String code, String nameTh, String nameEn, boolean enabled, String officerGroup, String workerGroup,
			SystemView system) {
	}

	record SystemView(String baseUrl, String credentials, boolean credentialsSet, String callbackSecret,
			boolean callbackSecretSet, Duration connectTimeout, Duration readTimeout, String circuit) {
	}

	private final AgencyDirectory directory;

	private final AgencyCredentials credentials;

	private final AgencyCircuitBreakers breakers;

	AgencyDirectoryView(AgencyDirectory directory, AgencyCredentials credentials, AgencyCircuitBreakers breakers) {
		this.directory = directory;
		this.credentials = credentials;
		this.breakers = breakers;
	}

	List<Entry> entries() {
		return this.directory.agencies().stream().map(this::entry).toList();
	}

	private Entry entry(Agency agency) {
		Agency.System system = agency.system();
		SystemView view = system == null ? null
				: new SystemView(system.baseUrl(), system.credentials(), this.credentials.apiKeyOf(agency).isPresent(),
						system.callbackSecret(), this.credentials.callbackSecretOf(agency).isPresent(),
						system.connectTimeout(), system.readTimeout(), this.breakers.stateOf(agency).name());
		return new Entry(agency.code(), agency.nameTh(), agency.nameEn(), agency.enabled(), agency.officerGroup(),
				system == null ? null : Roles.workerGroup(agency.code()), view);
	}

}
