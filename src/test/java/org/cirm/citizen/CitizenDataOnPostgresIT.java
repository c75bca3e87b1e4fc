package org.cirm.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.cirm.audit.AuditEntry;
import org.cirm.audit.AuditLog;
import org.cirm.audit.Purpose;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The citizen registry and the audit log on real PostgreSQL, as production runs them. */
class CitizenDataOnPostgresIT {

	static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() {
		app = Postgres.start(Postgres.newDatabase(), "demo", Map.of());
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void registersFindsAndSearchesCitizens() {
		CitizenRegistry registry = app.getBean(CitizenRegistry.class);

		Citizen somchai = registry.register(Citizens.somchai());

		assertThat(registry.find(Citizens.somchai().nationalId())).contains(somchai);
		assertThat(registry.search("jai", 0, 10)).extracting(Citizen::ref).contains(somchai.ref());
		assertThat(registry.register(Citizens.somchai()).ref()).isEqualTo(somchai.ref());
	}

	@Test
	void theDatabaseHoldsOneRecordPerNationalId() {
		Citizen malee = app.getBean(CitizenRegistry.class).register(Citizens.malee());

		assertThatThrownBy(() -> app.getBean(JdbcTemplate.class)
			.update("insert into citizen (ref, national_id, first_name_th, last_name_th, preferred_channel, "
					+ "preferred_language, created_at, updated_at) values (?, ?, 'x', 'y', 'SMS', 'th', now(), now())",
					java.util.UUID.randomUUID().toString(), malee.nationalId().fullDigits()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void auditsReadsInOrder() {
		AuditLog audit = app.getBean(AuditLog.class);
		String citizen = java.util.UUID.randomUUID().toString();

		audit.recordRead("counter", citizen, "citizen-360", Purpose.SERVICE_REQUEST);
		audit.recordChange("counter", citizen, "citizen-profile", Purpose.DATA_SUBJECT_REQUEST);

		assertThat(audit.about(citizen)).extracting(AuditEntry::action).containsExactly("READ", "CHANGE");
	}

}
