package org.cirm.platform.internal.identity;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile while a demo account or an account with a
 * well-known default password exists. It compares password hashes itself rather than
 * calling {@code checkPassword}, which would count failed logins against real officers.
 */
@Component
@Profile("prod")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefaultCredentialsGuard implements ApplicationRunner {

	static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "changeme", "123456");

	private final IdentityService identity;

	private final ProcessEngineConfigurationImpl engine;

	DefaultCredentialsGuard(IdentityService identity, ProcessEngineConfigurationImpl engine) {
		this.identity = identity;
		this.engine = engine;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> unsafe = this.identity.createUserQuery()
			.list()
			.stream()
			.filter(user -> isDemo(user) || hasDefaultPassword((UserEntity) user))
			.map(User::getId)
			.toList();
		if (!unsafe.isEmpty()) {
			throw new IllegalStateException("The production profile refuses to start: demo accounts or default "
					+ "passwords exist for " + unsafe + ". Delete these accounts or change their passwords.");
		}
	}

	private static boolean isDemo(User user) {
		return user.getEmail() != null && user.getEmail().endsWith(DemoOfficers.DEMO_EMAIL_DOMAIN);
	}

	private boolean hasDefaultPassword(UserEntity user) {
		return candidates(user).anyMatch(candidate -> this.engine.getPasswordManager()
			.check(candidate + (user.getSalt() == null ? "" : user.getSalt()), user.getPassword()));
	}

	private static java.util.stream.Stream<String> candidates(UserEntity user) {
		return java.util.stream.Stream.concat(DEFAULT_PASSWORDS.stream(), java.util.stream.Stream.of(user.getId()));
	}

}
