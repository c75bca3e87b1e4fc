package org.cirm.platform.internal.engine;

import java.util.List;

import org.cirm.platform.StartupStep;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every {@link StartupStep} in order, in one transaction that first locks the
 * startup row (migration V3), so that of several nodes starting at once one seeds and the
 * others find it done.
 */
@Component
class StartupSteps implements ApplicationRunner {

	private final List<StartupStep> steps;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	StartupSteps(List<StartupStep> steps, TransactionTemplate transaction, JdbcTemplate jdbc) {
		this.steps = steps;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.queryForObject("select id from cirm_startup_lock where id = 1 for update", Integer.class);
			this.steps.forEach(StartupStep::run);
		});
	}

}
