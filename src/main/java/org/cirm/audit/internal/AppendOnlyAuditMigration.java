package org.cirm.audit.internal;

import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Makes the audit log append-only in PostgreSQL itself: a trigger refuses every UPDATE
 * and DELETE on {@code audit_entry}, whoever sends it. (The embedded H2 of the demo
 * relies on the application, which has no such statement.)
 */
@Component
class AppendOnlyAuditMigration implements JavaMigration {

	private static final String REFUSE = """
			create function audit_entry_append_only() returns trigger language plpgsql as $$
			begin
			    raise exception 'audit entries cannot be changed or deleted';
			end
			$$""";

	private static final String TRIGGER = """
			create trigger audit_entry_append_only before update or delete on audit_entry
			for each statement execute function audit_entry_append_only()""";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("8");
	}

	@Override
	public String getDescription() {
		return "audit log append-only";
	}

	@Override
	public Integer getChecksum() {
		return 8;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute(REFUSE);
			statement.execute(TRIGGER);
		}
	}

}
