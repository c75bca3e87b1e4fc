package org.cirm.platform.internal.engine;

import java.util.List;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The migrations that create vendors' tables from the scripts they ship (Spring Boot
 * hands {@link JavaMigration} beans to Flyway). Our own tables follow as SQL migrations,
 * V3 onwards, in {@code db/migration}.
 */
@Configuration
class SchemaMigrations {

	private static final List<String> CAMUNDA_COMPONENTS = List.of("engine", "history", "identity", "case.engine",
			"case.history", "decision.engine", "decision.history");

	@Bean
	JavaMigration camundaEngineSchema() {
		return new ShippedSchemaMigration("1", "Camunda 7.24 engine schema",
				database -> CAMUNDA_COMPONENTS.stream()
					.map(component -> "org/camunda/bpm/engine/db/create/activiti." + database.camundaName + ".create."
							+ component + ".sql")
					.toList());
	}

	/** Officers' sessions live in the database, so that any node serves any request. */
	@Bean
	JavaMigration springSessionSchema() {
		return new ShippedSchemaMigration("2", "Spring Session tables",
				database -> List.of("org/springframework/session/jdbc/schema-" + database.commonName + ".sql"));
	}

}
