package org.cirm.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.cirm.audit.AuditEntry;
import org.cirm.audit.AuditLog;
import org.cirm.audit.Purpose;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.cirm.testing.Browser;
import org.cirm.testing.Complaints;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The citizen registry and the audit log on real PostgreSQL, as production runs them. */
@ExtendWith(OutputCaptureExtension.class)
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
	void afterErasureNoTableOursOrCamundasHoldsTheNationalIdOrTheName(CapturedOutput output) {
		Citizen somsak = app.getBean(CitizenRegistry.class).register(somsak());
		String ref = somsak.ref().value();
		var variables = Variables.fromMap(Complaints.potholeByHotline()).putValue(CitizenRef.PROCESS_VARIABLE, ref);
		String complaint = app.getBean(RuntimeService.class)
			.startProcessInstanceByKey("ComplaintProcess", variables)
			.getId();
		TaskService tasks = app.getBean(TaskService.class);
		tasks.complete(tasks.createTaskQuery().processInstanceId(complaint).singleResult().getId(),
				Variables.fromMap(Complaints.forwardTo("municipality")));

		Browser counter = new Browser(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
		counter.login("counter", "demo");
		assertThat(counter
			.postJson("/officer/api/citizens/lookup",
					"{\"nationalId\":\"" + somsak.nationalId().fullDigits()
							+ "\",\"purpose\":\"DATA_SUBJECT_REQUEST\"}")
			.statusCode()).isEqualTo(200);
		counter.postJson("/officer/api/citizens/" + ref + "/contacts",
				"{\"channel\":\"COUNTER\",\"note\":\"Somsak Rakthai asked for erasure\",\"purpose\":\"DATA_SUBJECT_REQUEST\"}");
		assertThat(tablesContaining(somsak.nationalId().fullDigits())).contains("citizen");
		assertThat(tablesContaining("Rakthai")).contains("citizen", "contact_log");

		assertThat(counter.postJson("/officer/api/citizens/" + ref + "/erasure", "{}").statusCode()).isEqualTo(204);

		for (String personal : List.of(somsak.nationalId().fullDigits(), "รักไทย", "Somsak", "Rakthai")) {
			assertThat(tablesContaining(personal)).as(personal).isEmpty();
		}
		assertThat(output.getAll()).as("no log line of the whole run carries the national ID")
			.doesNotContain(somsak.nationalId().fullDigits());
		assertThat(tablesContaining(ref)).as("the opaque reference stays in history and audit")
			.contains("audit_entry", "act_hi_varinst");
	}

	/**
	 * Every table with a text or binary column holding the value, ours and Camunda's
	 * alike.
	 */
	private static List<String> tablesContaining(String value) {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name, data_type "
				+ "from information_schema.columns where table_schema = 'public' "
				+ "and data_type in ('character varying', 'character', 'text', 'bytea')");
		return columns.stream().filter(column -> {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			String test = "bytea".equals(column.get("data_type"))
					? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
					: "\"" + name + "\" like '%' || ? || '%'";
			return jdbc.queryForObject("select count(*) from \"" + table + "\" where " + test, Integer.class,
					value) > 0;
		}).map(column -> ((String) column.get("table_name")).toLowerCase()).distinct().toList();
	}

	private static Citizen somsak() {
		return new Citizen(null, Citizens.idFrom("170010055566"), new Citizen.Name("สมศักดิ์", "รักไทย"),
				new Citizen.Name("Somsak", "Rakthai"), java.time.LocalDate.of(1955, 1, 2),
				new Citizen.Address("5 ซอยสุขใจ", "ในเมือง", "เมือง", "ขอนแก่น", "40000"),
				new Citizen.Contact("0861112222", "somsak@example.org", "EMAIL", "th"));
	}

	@Test
	void aSecondCounterRegisteringTheSameNewCitizenAtOnceGetsAClearRefusal() throws Exception {
		CitizenRegistry registry = app.getBean(CitizenRegistry.class);
		TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
		Citizen newcomer = new Citizen(null, Citizens.idFrom("180080077665"), new Citizen.Name("ใหม่", "พร้อมกัน"),
				null, java.time.LocalDate.of(2000, 1, 1), null, new Citizen.Contact(null, null, "SMS", "th"));
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			registry.register(newcomer);
			firstInserted.countDown();
			await(commitFirst);
		}));
		await(firstInserted);
		CompletableFuture<Citizen> second = CompletableFuture.supplyAsync(() -> registry.register(newcomer));
		// The second insert now waits on the first one's uncommitted row; only then does
		// the first commit.
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		while (jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'",
				Integer.class) == 0 && System.nanoTime() < deadline) {
			java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
		}
		commitFirst.countDown();
		first.get();

		assertThatThrownBy(second::get).hasCauseInstanceOf(CitizenRegisteredConcurrentlyException.class);
		assertThat(registry.find(newcomer.nationalId())).isPresent();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void auditsReadsInOrder() {
		AuditLog audit = app.getBean(AuditLog.class);
		String citizen = java.util.UUID.randomUUID().toString();

		audit.recordRead("counter", citizen, "citizen-360", Purpose.SERVICE_REQUEST);
		audit.recordChange("counter", citizen, "citizen-profile", Purpose.DATA_SUBJECT_REQUEST);

		assertThat(audit.about(citizen)).extracting(AuditEntry::action).containsExactly("READ", "CHANGE");
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		assertThatThrownBy(
				() -> jdbc.update("update audit_entry set officer = 'someone else' where citizen_ref = ?", citizen))
			.hasMessageContaining("audit entries cannot be changed or deleted");
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where citizen_ref = ?", citizen))
			.hasMessageContaining("audit entries cannot be changed or deleted");
		assertThat(audit.about(citizen)).hasSize(2);
	}

}
