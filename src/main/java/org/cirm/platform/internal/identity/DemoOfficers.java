package org.cirm.platform.internal.identity;

import java.util.List;

import org.cirm.platform.StartupStep;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the documented demo accounts ({@code cirm.demo.officers} in
 * {@code application-demo.yaml}), one per agency and role. Demo only: their addresses end
 * in {@value #DEMO_EMAIL_DOMAIN}, by which the production profile recognises and refuses
 * them.
 */
@Component
@Profile("demo")
@Order(40)
class DemoOfficers implements StartupStep {

	static final String DEMO_EMAIL_DOMAIN = "@demo.cirm.invalid";

	private final Settings settings;

	private final Officers officers;

	DemoOfficers(Settings settings, Officers officers) {
		this.settings = settings;
		this.officers = officers;
	}

	@Override
	public void run() {
		for (Officer officer : this.settings.officers()) {
			this.officers.ensure(officer.id(), officer.firstName(), officer.lastName(),
					officer.id() + DEMO_EMAIL_DOMAIN, this.settings.password(), officer.groups());
		}
	}

	@ConfigurationProperties("cirm.demo")
	record Settings(String password, List<Officer> officers) {
	}

	record Officer(String id, String firstName, String lastName, List<String> groups) {
	}

}
