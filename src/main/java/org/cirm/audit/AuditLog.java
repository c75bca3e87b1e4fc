package org.cirm.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only record of who read or changed a citizen's personal data, when, in which
 * view and why, as the Personal Data Protection Act B.E. 2562 asks. It offers no way to
 * change or delete an entry.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that the officer read the citizen's data in the view, for the purpose. */
	public void recordRead(String officer, String citizenRef, String view, Purpose purpose) {
		record(officer, citizenRef, "READ", view, purpose);
	}

	public void recordChange(String officer, String citizenRef, String view, Purpose purpose) {
		record(officer, citizenRef, "CHANGE", view, purpose);
	}

	/**
	 * Every entry about the citizen, oldest first: for auditors and for the citizen's own
	 * export.
	 */
	public List<AuditEntry> about(String citizenRef) {
		return this.jdbc
			.sql("select at, officer, citizen_ref, action, view_name, purpose from audit_entry "
					+ "where citizen_ref = ? order by at, id")
			.param(citizenRef)
			.query((row, number) -> new AuditEntry(row.getObject("at", OffsetDateTime.class), row.getString("officer"),
					row.getString("citizen_ref"), row.getString("action"), row.getString("view_name"),
					Purpose.valueOf(row.getString("purpose"))))
			.list();
	}

	private void record(String officer, String citizenRef, String action, String view, Purpose purpose) {
		this.jdbc
			.sql("insert into audit_entry (at, officer, citizen_ref, action, view_name, purpose) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(OffsetDateTime.now(), officer, citizenRef, action, view, purpose.name())
			.update();
	}

}
