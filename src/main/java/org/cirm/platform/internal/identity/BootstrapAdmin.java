package org.cirm.platform.internal.identity;

import java.util.List;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Roles;
import org.cirm.platform.StartupStep;
import org.cirm.platform.Texts;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a new installation from {@code cirm.bootstrap-admin}
 * (environment {@code CIRM_BOOTSTRAP_ADMIN_USER_ID} and
 * {@code CIRM_BOOTSTRAP_ADMIN_PASSWORD}), who then creates the officers in Camunda Admin.
 * Camunda's own first-user setup page stays closed.
 */
@Component
@Order(45)
class BootstrapAdmin implements StartupStep {

	private final Settings settings;

	private final Officers officers;

	BootstrapAdmin(Settings settings, Officers officers) {
		this.settings = settings;
		this.officers = officers;
	}

	@Override
	public void run() {
		if (this.settings.userId() != null && !this.settings.userId().isBlank()) {
			Bilingual administrator = Texts.of("role.administrator");
			this.officers.ensure(this.settings.userId(), administrator.th(), administrator.en(), null,
					this.settings.password(), List.of(Roles.ADMIN));
		}
		if (!this.officers.anyMemberOf(Roles.ADMIN)) {
			throw new IllegalStateException("No administrator exists. Set CIRM_BOOTSTRAP_ADMIN_USER_ID and "
					+ "CIRM_BOOTSTRAP_ADMIN_PASSWORD for the first start.");
		}
	}

	@ConfigurationProperties("cirm.bootstrap-admin")
	record Settings(String userId, String password) {
	}

}
