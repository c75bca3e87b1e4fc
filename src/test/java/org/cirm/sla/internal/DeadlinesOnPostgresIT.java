package org.cirm.sla.internal;

import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.context.ConfigurableApplicationContext;

/** The deadline scenarios on real PostgreSQL. */
class DeadlinesOnPostgresIT extends DeadlineScenarios {

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() {
		app = Postgres.start(Postgres.newDatabase(), "demo", settings());
		deploy(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Override
	ConfigurableApplicationContext app() {
		return app;
	}

}
