package org.cirm.platform.internal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where to go and how to log in. */
@Component
@Profile("demo")
class LoginHint {

	private static final Logger log = LoggerFactory.getLogger(LoginHint.class);

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		String base = "http://localhost:"
				+ event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		log.info("""

				CiRM One-Stop is running (demo profile, embedded H2 in ./data).
				  Citizen portal : {}/
				  Officer login  : {}/login   e.g. centre / demo (complaint centre), muni / demo (municipality)
				  Tasklist       : {}/camunda/app/tasklist/
				  Cockpit, Admin : {}/camunda/app/cockpit/ , {}/camunda/app/admin/   (owner / demo, admin / demo)
				  All demo accounts are listed in README.md.
				""", base, base, base, base, base);
	}

}
