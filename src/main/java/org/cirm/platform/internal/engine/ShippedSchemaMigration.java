package org.cirm.platform.internal.engine;

import java.sql.Connection;
import java.util.List;
import java.util.function.Function;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A Flyway migration that runs the SQL scripts a library ships inside its jar, in the
 * dialect of the database at hand: Camunda's engine schema, Spring Session's table.
 *
 * <p>
 * Flyway owns every table on H2 and PostgreSQL alike, so that nodes never race to alter
 * the schema and an operator sees one migration history; the vendors' own scripts are
 * run, never copied. A released migration must never change: an upgrade is a new
 * migration running the vendor's upgrade script.
 */
class ShippedSchemaMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	private final Function<Database, List<String>> scripts;

	ShippedSchemaMigration(String version, String description, Function<Database, List<String>> scripts) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
		this.scripts = scripts;
	}

	/** The databases CiRM runs on, with the names their vendors give their scripts. */
	enum Database {

		H2("h2", "h2"), POSTGRESQL("postgres", "postgresql");

		final String camundaName;

		final String commonName;

		Database(String camundaName, String commonName) {
			this.camundaName = camundaName;
			this.commonName = commonName;
		}

		static Database of(String productName) {
			return switch (productName) {
				case "H2" -> H2;
				case "PostgreSQL" -> POSTGRESQL;
				default -> throw new IllegalStateException("CiRM runs on H2 or PostgreSQL, not on " + productName);
			};
		}

	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	/**
	 * None: a later library jar may ship other scripts without this migration changing.
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
		Database database = Database.of(connection.getMetaData().getDatabaseProductName());
		for (String script : this.scripts.apply(database)) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
		}
	}

}
