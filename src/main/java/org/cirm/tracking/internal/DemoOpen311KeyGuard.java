package org.cirm.tracking.internal;

import org.cirm.platform.DemoSecrets;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The production profile refuses the demo's Open311 client keys. */
@Component
@Profile("prod")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoOpen311KeyGuard implements ApplicationRunner {

	private final Open311Properties properties;

	private final Environment environment;

	DemoOpen311KeyGuard(Open311Properties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoSecrets.refuseIn(this.environment,
				this.properties.clients().stream().map(Open311Properties.Client::apiKey).toList(), "Open311 client");
	}

}
