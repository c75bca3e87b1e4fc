package org.cirm.platform;

import java.util.Collection;
import java.util.List;

import org.springframework.core.env.Environment;

/**
 * The demo's secrets all start with {@code demo-} and are printed in the README: a
 * production node that finds one in a setting it relies on refuses to start.
 */
public final class DemoSecrets {

	private DemoSecrets() {
	}

	/**
	 * @param settings names of settings (environment variables) that hold secrets
	 * @throws IllegalStateException naming the settings that hold a demo secret
	 */
	public static void refuseIn(Environment environment, Collection<String> settings, String what) {
		List<String> unsafe = settings.stream()
			.filter(setting -> environment.getProperty(setting, "").startsWith("demo-"))
			.toList();
		if (!unsafe.isEmpty()) {
			throw new IllegalStateException(
					"The production profile refuses to start: demo " + what + " secrets are set in " + unsafe);
		}
	}

}
