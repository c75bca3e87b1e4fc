package org.cirm.agency.internal;

import java.util.Optional;

import org.cirm.agency.Agency;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resolves the secrets an agency's directory entry refers to by name (an environment
 * variable or any Spring setting), so keys never sit in {@code application.yaml} and
 * never show in the directory.
 */
@Component
public class AgencyCredentials {

	private final Environment environment;

	public AgencyCredentials(Environment environment) {
		this.environment = environment;
	}

	/** The API key the platform presents to the agency. */
	public Optional<String> apiKeyOf(Agency agency) {
		return agency.system() == null ? Optional.empty() : resolve(agency.system().credentials());
	}

	/** The secret the agency signs its callbacks with. */
	public Optional<String> callbackSecretOf(Agency agency) {
		return agency.system() == null ? Optional.empty() : resolve(agency.system().callbackSecret());
	}

	private Optional<String> resolve(String settingName) {
		if (settingName == null || settingName.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.environment.getProperty(settingName)).filter(value -> !value.isBlank());
	}

}
