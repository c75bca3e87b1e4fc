package org.cirm.insight.internal.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Requests as the forecasts read them from the read model: however many are running, the
 * forecasts hold at most the latest few in memory.
 */
class RequestCasesTest {

	private static final Instant MONDAY = Instant.parse("2026-11-02T02:00:00Z");

	private final JdbcClient jdbc = JdbcClient.create(readModel());

	private final RequestCases cases = new RequestCases(this.jdbc);

	@Test
	void theRunningRequestsReadAreTheLatestFiledAtMostAsManyAsAsked() {
		file("first", 0, null);
		file("second", 1, null);
		file("decided", 2, MONDAY.plusSeconds(3 * 86_400));
		file("third", 3, null);

		assertThat(this.cases.running(2)).extracting(RequestCases.Request::id).containsExactly("second", "third");
		assertThat(this.cases.running(10)).extracting(RequestCases.Request::id)
			.containsExactly("first", "second", "third");
	}

	private void file(String id, int day, Instant decided) {
		Instant received = MONDAY.plusSeconds(day * 86_400L);
		this.jdbc
			.sql("insert into request_fact (request_id, tracking_code, service_code, channel, received_at,"
					+ " received_month, received_hour, disputes, refreshed_at, decided_at)"
					+ " values (?, ?, 'complaint', 'API', ?, 202611, 9, 0, ?, ?)")
			.params(id, id.toUpperCase(), Timestamp.from(received), Timestamp.from(received),
					decided == null ? null : Timestamp.from(decided))
			.update();
		this.jdbc.sql("insert into step_fact (visit, request_id, service_code, step, channel, started_at, started_hour,"
				+ " due_at, working_minutes, sla_state) values (?, ?, 'complaint', 'Task_Triage', 'API', ?, 9, ?, 0,"
				+ " 'ON_TIME')")
			.params(UUID.randomUUID().toString(), id, Timestamp.from(received),
					Timestamp.from(received.plusSeconds(86_400)))
			.update();
	}

	private static DriverManagerDataSource readModel() {
		DriverManagerDataSource database = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		// The read model's own tables, as their migrations create them.
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V12__service_requests.sql"),
				new ClassPathResource("db/migration/V20__insight_facts.sql"),
				new ClassPathResource("db/migration/V22__predictions.sql"))
			.execute(database);
		return database;
	}

}
