package org.cirm.platform.internal.engine;

import java.sql.Connection;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda's tables with the SQL scripts that Camunda ships inside its engine jar,
 * as the first Flyway migration.
 *
 * <p>
 * Flyway owns every table on H2 and PostgreSQL alike and the engine runs with
 * {@code schema-update: false}, so that nodes never race to alter the schema and an
 * operator sees one migration history. A later Camunda upgrade is a new migration that
 * runs Camunda's shipped upgrade script; this one must never change.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

	private static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine",
			"case.history", "decision.engine", "decision.history");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("1");
	}

	@Override
	public String getDescription() {
		return "Camunda 7.24 engine schema";
	}

	/**
	 * None: a later Camunda jar may ship other create scripts without this migration
	 * changing.
	 */
	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		String database = databaseType(connection.getMetaData().getDatabaseProductName());
		for (String component : COMPONENTS) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(
					"org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql"));
		}
	}

	static String databaseType(String productName) {
		return switch (productName) {
			case "H2" -> "h2";
			case "PostgreSQL" -> "postgres";
			default -> throw new IllegalStateException("CiRM runs on H2 or PostgreSQL, not on " + productName);
		};
	}

}
