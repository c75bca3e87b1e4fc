package org.cirm.notification.internal;

import java.util.List;

import org.cirm.platform.DemoSecrets;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The production profile refuses the demo's SMS gateway key. */
@Component
@Profile("prod")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoSmsKeyGuard implements ApplicationRunner {

	private final NotificationProperties properties;

	private final Environment environment;

	DemoSmsKeyGuard(NotificationProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoSecrets.refuseIn(this.environment, List.of(this.properties.smsApiKey()), "SMS gateway");
	}

}
