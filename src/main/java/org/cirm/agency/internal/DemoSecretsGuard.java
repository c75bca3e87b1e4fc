package org.cirm.agency.internal;

import java.util.ArrayList;
import java.util.List;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile while an agency's API key or callback secret is
 * one of the demo's ({@code demo-...}): anyone who read the README could forge that
 * agency's callbacks.
 */
@Component
@Profile("prod")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoSecretsGuard implements ApplicationRunner {

	private final AgencyDirectory directory;

	private final AgencyCredentials credentials;

	DemoSecretsGuard(AgencyDirectory directory, AgencyCredentials credentials) {
		this.directory = directory;
		this.credentials = credentials;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> unsafe = new ArrayList<>();
		for (Agency agency : this.directory.agencies()) {
			if (this.credentials.apiKeyOf(agency).filter(DemoSecretsGuard::isDemo).isPresent()) {
				unsafe.add(agency.system().credentials());
			}
			if (this.credentials.callbackSecretOf(agency).filter(DemoSecretsGuard::isDemo).isPresent()) {
				unsafe.add(agency.system().callbackSecret());
			}
		}
		if (!unsafe.isEmpty()) {
			throw new IllegalStateException(
					"The production profile refuses to start: demo agency secrets are set in " + unsafe);
		}
	}

	private static boolean isDemo(String secret) {
		return secret.startsWith("demo-");
	}

}
