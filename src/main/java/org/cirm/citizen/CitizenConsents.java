package org.cirm.citizen;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each citizen consented to beyond what the law allows, and when they withdrew it.
 * Withdrawn consents are kept, with their time, as the record of what was allowed when.
 * Erasing the citizen erases them too (foreign key).
 */
@Service
public class CitizenConsents {

	private final JdbcClient jdbc;

	CitizenConsents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the consent unless an active one for the purpose exists. */
	@Transactional
	public void give(CitizenRef ref, Consent.Purpose purpose) {
		boolean active = of(ref).stream().anyMatch(consent -> consent.purpose() == purpose && consent.isActive());
		if (!active) {
			this.jdbc.sql("insert into citizen_consent (citizen_ref, purpose, given_at) values (?, ?, ?)")
				.params(ref.value(), purpose.name(), OffsetDateTime.now())
				.update();
		}
	}

	@Transactional
	public void withdraw(CitizenRef ref, Consent.Purpose purpose) {
		this.jdbc
			.sql("update citizen_consent set withdrawn_at = ? where citizen_ref = ? and purpose = ? "
					+ "and withdrawn_at is null")
			.params(OffsetDateTime.now(), ref.value(), purpose.name())
			.update();
	}

	/** Every consent the citizen gave, withdrawn ones included, oldest first. */
	public List<Consent> of(CitizenRef ref) {
		return this.jdbc
			.sql("select purpose, given_at, withdrawn_at from citizen_consent where citizen_ref = ? order by given_at")
			.param(ref.value())
			.query((row, number) -> new Consent(Consent.Purpose.valueOf(row.getString("purpose")),
					row.getObject("given_at", OffsetDateTime.class),
					row.getObject("withdrawn_at", OffsetDateTime.class)))
			.list();
	}

}
