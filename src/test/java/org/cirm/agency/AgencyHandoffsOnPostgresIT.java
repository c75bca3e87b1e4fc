package org.cirm.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.cirm.agency.internal.AgencyCircuitBreakers;
import org.cirm.agency.internal.callback.CallbackSignature;
import org.cirm.platform.NothingAttempted;
import org.cirm.testing.Browser;
import org.cirm.testing.EngineRest;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agency calls from a running process on real PostgreSQL, with the agencies stubbed at
 * the HTTP level: retries keep their idempotency key, a failure that lasts becomes
 * exactly one incident that an operator's retry clears, the agency's "no" takes the
 * model's error path, and callbacks are authenticated, correlated once, and kept when
 * they cannot be. The job executor is off: the test runs each job, as the executor would.
 */
class AgencyHandoffsOnPostgresIT {

	private static final String PROCESS = "AgencyHandoffTestProcess";

	private static final String DBD = "/dbd/registrations";

	private static final String PERMITS = "/municipality/food-premises/applications";

	private static final String CALLBACK_SECRET = "demo-callback-secret-municipality";

	@RegisterExtension
	static WireMockExtension agencies = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static ConfigurableApplicationContext app;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startOnPostgres() {
		app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("CIRM_AGENCY_DBD_URL", agencies.baseUrl() + "/dbd", "CIRM_AGENCY_MUNICIPALITY_URL",
						agencies.baseUrl() + "/municipality", "camunda.bpm.job-execution.enabled", "false"),
				HandoffTestDelegates.class);
		app.getBean(RepositoryService.class)
			.createDeployment()
			.name("agency-handoff-test")
			.addClasspathResource("models/agency-handoff-test.bpmn")
			.deploy();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@BeforeEach
	void agenciesAnswerWell() {
		agencies.resetAll();
		app.getBean(AgencyCircuitBreakers.class).resetAll();
		agencies.stubFor(post(DBD).willReturn(json(200, "{\"registrationNumber\":\"0105569000777\"}")));
		agencies.stubFor(post(PERMITS).willReturn(json(200, "{\"applicationNumber\":\"FP-000321\"}")));
	}

	@Test
	void anAgencyThatFailsTwiceThenAnswersSeesOneLogicalRequestAndTheCaseMovesOn() {
		agencies.stubFor(post(DBD).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("failed once"));
		agencies.stubFor(post(DBD).inScenario("flaky")
			.whenScenarioStateIs("failed once")
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("failed twice"));
		agencies.stubFor(post(DBD).inScenario("flaky")
			.whenScenarioStateIs("failed twice")
			.willReturn(json(200, "{\"registrationNumber\":\"0105569000777\"}")));
		String instance = start();

		assertThatThrownBy(() -> runJobOf(instance)).isInstanceOf(AgencyUnavailableException.class);
		assertThatThrownBy(() -> runJobOf(instance)).isInstanceOf(AgencyUnavailableException.class);
		runJobOf(instance);

		assertThat(keysSentTo(DBD)).hasSize(3).containsOnly(keysSentTo(DBD).get(0));
		assertThat(variable(instance, "registrationNumber")).isEqualTo("0105569000777");
		assertThat(jobOf(instance).getRetries()).as("the next step's job starts afresh").isEqualTo(3);
		assertThat(incidents(instance)).isZero();
		Handoff receipt = handoffs(instance).get(0);
		assertThat(receipt.operation()).isEqualTo("register-business");
		assertThat(receipt.outcome()).isEqualTo(Handoff.Outcome.ACCEPTED);
		assertThat(receipt.attempts()).isEqualTo(3);
		assertThat(receipt.idempotencyKey()).isEqualTo(keysSentTo(DBD).get(0));
	}

	@Test
	void anAnswerLostInTransitIsAskedForAgainWithTheSameKey() {
		agencies.stubFor(post(DBD).inScenario("lost")
			.whenScenarioStateIs(STARTED)
			.willReturn(json(200, "{\"registrationNumber\":\"0105569000777\"}").withFixedDelay(6_000))
			.willSetStateTo("answered"));
		agencies.stubFor(post(DBD).inScenario("lost")
			.whenScenarioStateIs("answered")
			.willReturn(json(200, "{\"registrationNumber\":\"0105569000777\"}")));
		String instance = start();

		assertThatThrownBy(() -> runJobOf(instance)).isInstanceOf(AgencyUnavailableException.class);
		runJobOf(instance);

		List<String> keys = keysSentTo(DBD);
		assertThat(keys).hasSize(2);
		assertThat(keys.get(1)).as("the agency recognises the repeat").isEqualTo(keys.get(0));
	}

	@Test
	void anAgencyThatKeepsFailingRaisesExactlyOneIncidentAndAnOperatorsRetryCompletesTheStep() {
		String instance = failedThreeTimesAtDbd();

		assertThat(jobOf(instance).getRetries()).isZero();
		assertThat(incidents(instance)).isEqualTo(1);
		assertThat(handoffs(instance).get(0).outcome()).isEqualTo(Handoff.Outcome.FAILED);

		agencies.stubFor(post(DBD).willReturn(json(200, "{\"registrationNumber\":\"0105569000888\"}")));
		var retried = operator().put("/job/" + jobOf(instance).getId() + "/retries", Map.of("retries", 1));
		assertThat(retried.getStatusCode().is2xxSuccessful()).isTrue();
		runJobOf(instance);

		assertThat(variable(instance, "registrationNumber")).isEqualTo("0105569000888");
		assertThat(incidents(instance)).isZero();
		assertThat(keysSentTo(DBD)).hasSize(4).containsOnly(keysSentTo(DBD).get(0));
	}

	@Test
	void aCallTheOpenCircuitHeldBackCostsNoTryAndWaitsUntilTheCircuitLetsCallsThrough() {
		CircuitBreaker dbd = dbdCircuit();
		dbd.transitionToOpenState();
		Instant opened = Instant.now();
		String instance = start();

		assertThatThrownBy(() -> runJobOf(instance)).isInstanceOf(AgencyUnavailableException.class)
			.isInstanceOf(NothingAttempted.class);

		assertThat(keysSentTo(DBD)).isEmpty();
		assertThat(jobOf(instance).getRetries()).as("the model's three tries, all left").isEqualTo(3);
		assertThat(incidents(instance)).isZero();
		assertThat(lockedUntil(instance)).as("held back until the circuit lets calls through")
			.isBetween(opened.plusSeconds(30), opened.plusSeconds(37));

		dbd.transitionToHalfOpenState();
		runJobOf(instance);

		assertThat(variable(instance, "registrationNumber")).isEqualTo("0105569000777");
		assertThat(keysSentTo(DBD)).hasSize(1);
	}

	@Test
	void anOperatorsRetryThatMeetsAnOpenCircuitIsCarriedOutOnceItCloses() {
		String instance = failedThreeTimesAtDbd();
		assertThat(incidents(instance)).isEqualTo(1);

		dbdCircuit().transitionToOpenState();
		operator().put("/job/" + jobOf(instance).getId() + "/retries", Map.of("retries", 1));
		assertThatThrownBy(() -> runJobOf(instance)).isInstanceOf(NothingAttempted.class);

		assertThat(jobOf(instance).getRetries()).as("the operator's retry is still to come").isEqualTo(1);
		assertThat(incidents(instance)).isZero();
		assertThat(keysSentTo(DBD)).hasSize(3);

		agencies.stubFor(post(DBD).willReturn(json(200, "{\"registrationNumber\":\"0105569000999\"}")));
		dbdCircuit().transitionToHalfOpenState();
		runJobOf(instance);

		assertThat(variable(instance, "registrationNumber")).isEqualTo("0105569000999");
		assertThat(incidents(instance)).isZero();
	}

	@Test
	void theAgencysNoTakesTheModelsErrorPathWithoutRetrying() {
		agencies.stubFor(post(DBD).willReturn(json(422, "{\"code\":\"NAME_TAKEN\",\"detail\":\"taken\"}")));
		String instance = start();

		runJobOf(instance);

		assertThat(app.getBean(HistoryService.class)
			.createHistoricActivityInstanceQuery()
			.processInstanceId(instance)
			.activityId("Event_NameTaken")
			.count()).isEqualTo(1);
		assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instance).count())
			.isZero();
		assertThat(handoffs(instance).get(0).outcome()).isEqualTo(Handoff.Outcome.REJECTED);
		assertThat(handoffs(instance).get(0).detail()).isEqualTo("NAME_TAKEN");
	}

	@Test
	void aNoTheModelDoesNotHandleIsAVisibleFailureNeverASilentlyEndedBranch() {
		agencies.stubFor(post(PERMITS).willReturn(json(422, "{\"code\":\"INVALID_AREA\"}")));
		String instance = start();
		runJobOf(instance);

		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> runJobOf(instance)).isInstanceOf(AgencyRejectedException.class);
		}

		assertThat(incidents(instance)).isEqualTo(1);
		assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instance).count())
			.isEqualTo(1);
		assertThat(handoffs(instance)).filteredOn(handoff -> handoff.operation().equals("apply-food-permit"))
			.singleElement()
			.satisfies(receipt -> assertThat(receipt.detail()).startsWith("Unhandled answer INVALID_AREA"));
	}

	@Test
	void aSignedCallbackIsCorrelatedOnceAndItsRepeatIsRecognised() throws Exception {
		String instance = waitingForThePermit();
		String reference = keysSentTo(PERMITS).get(0);
		String callback = callback(UUID.randomUUID().toString(), reference, "GRANTED");

		HttpResponse<String> first = postCallback(callback, CALLBACK_SECRET);
		HttpResponse<String> repeat = postCallback(callback, CALLBACK_SECRET);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(repeat.statusCode()).isEqualTo(200);
		assertThat(repeat.body()).contains("ANSWERED");
		assertThat(app.getBean(HistoryService.class)
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("permitDecision")
			.singleResult()
			.getValue()).isEqualTo("GRANTED");
		assertThat(handoffs(instance)).filteredOn(handoff -> handoff.direction() == Handoff.Direction.IN)
			.singleElement()
			.extracting(Handoff::outcome)
			.isEqualTo(Handoff.Outcome.ANSWERED);
	}

	@Test
	void aCallbackBeforeTheCaseWaitsIsRefusedKeptAndTakenWhenSentAgain() throws Exception {
		// The municipality took the application but its answer was lost; it calls back
		// before the engine's retry has brought the case to the point of waiting.
		agencies.stubFor(post(PERMITS).inScenario("early")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		agencies.stubFor(post(PERMITS).inScenario("early")
			.whenScenarioStateIs("recovered")
			.willReturn(json(200, "{\"applicationNumber\":\"FP-000321\"}")));
		String instance = start();
		runJobOf(instance);
		assertThatThrownBy(() -> runJobOf(instance)).isInstanceOf(AgencyUnavailableException.class);
		String reference = keysSentTo(PERMITS).get(0);
		String callbackId = UUID.randomUUID().toString();

		HttpResponse<String> early = postCallback(callback(callbackId, reference, "GRANTED"), CALLBACK_SECRET);

		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.body()).contains("kept").doesNotContain("Exception");
		assertThat(callbackStatus(callbackId)).isEqualTo("NOT_WAITING");

		runJobOf(instance);
		HttpResponse<String> again = postCallback(callback(callbackId, reference, "GRANTED"), CALLBACK_SECRET);

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(callbackStatus(callbackId)).isEqualTo("ANSWERED");
		assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instance).count())
			.isZero();
	}

	@Test
	void aSecondAnswerToAnAnsweredHandOffIsRefusedAndKept() throws Exception {
		waitingForThePermit();
		String reference = keysSentTo(PERMITS).get(0);
		postCallback(callback(UUID.randomUUID().toString(), reference, "GRANTED"), CALLBACK_SECRET);
		String changedMind = UUID.randomUUID().toString();

		HttpResponse<String> late = postCallback(callback(changedMind, reference, "REFUSED"), CALLBACK_SECRET);

		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(callbackStatus(changedMind)).isEqualTo("NOT_WAITING");
	}

	@Test
	void anUnknownReferenceIsRefusedAndKeptForInspection() throws Exception {
		String callbackId = UUID.randomUUID().toString();

		HttpResponse<String> unknown = postCallback(callback(callbackId, UUID.randomUUID().toString(), "GRANTED"),
				CALLBACK_SECRET);

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(callbackStatus(callbackId)).isEqualTo("UNKNOWN_REFERENCE");
		Browser admin = new Browser(port());
		admin.login("admin", "demo");
		assertThat(admin.get("/officer/api/agency-callbacks?status=UNKNOWN_REFERENCE", "Accept", "application/json")
			.body()).contains(callbackId);
		Browser officer = new Browser(port());
		officer.login("muni", "demo");
		assertThat(officer.get("/officer/api/agency-callbacks", "Accept", "application/json").statusCode())
			.isEqualTo(403);
	}

	@Test
	void aKeptCallbackIsNeverRewrittenByARepeatWithAnotherBody() throws Exception {
		String callbackId = UUID.randomUUID().toString();
		String reference = UUID.randomUUID().toString();
		assertThat(postCallback(callback(callbackId, reference, "GRANTED"), CALLBACK_SECRET).statusCode())
			.isEqualTo(404);

		HttpResponse<String> rewrite = postCallback(callback(callbackId, reference, "REFUSED"), CALLBACK_SECRET);

		assertThat(rewrite.statusCode()).isEqualTo(409);
		assertThat(rewrite.body()).contains("different body");
		Map<String, Object> kept = app.getBean(JdbcTemplate.class)
			.queryForMap("select reference, outcome, status, attempts from agency_callback where callback_id = ?",
					callbackId);
		assertThat(kept).containsEntry("reference", reference)
			.containsEntry("outcome", "GRANTED")
			.containsEntry("status", "UNKNOWN_REFERENCE")
			.containsEntry("attempts", 1);
	}

	@Test
	void anOversizedCallbackIsRefusedBeforeItIsRead() throws Exception {
		String huge = callback(UUID.randomUUID().toString(), "x".repeat(5 << 20), "GRANTED");

		assertThat(postCallback(huge, CALLBACK_SECRET).statusCode()).isEqualTo(413);
		HttpResponse<String> chunked = this.http
			.send(HttpRequest.newBuilder(URI.create(base() + "/agency-callbacks/municipality"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).as("a body of unknown length, too").isEqualTo(413);
	}

	@Test
	void aCallbackWithoutTheRightSignatureIsRefusedAndChangesNothing() throws Exception {
		String instance = waitingForThePermit();
		String callbackId = UUID.randomUUID().toString();

		HttpResponse<String> forged = postCallback(callback(callbackId, keysSentTo(PERMITS).get(0), "GRANTED"),
				"not-the-secret");

		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instance).count())
			.isEqualTo(1);
		assertThat(app.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from agency_callback where callback_id = ?", Integer.class, callbackId))
			.isZero();
	}

	@Test
	void aCallbackMissingFieldsGetsAPreciseError() throws Exception {
		HttpResponse<String> incomplete = postCallback("{\"callbackId\":\"c-1\",\"event\":\"food-permit-decided\"}",
				CALLBACK_SECRET);

		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body()).contains("reference is required");
	}

	private String waitingForThePermit() {
		String instance = start();
		runJobOf(instance);
		runJobOf(instance);
		return instance;
	}

	private static String start() {
		return app.getBean(RuntimeService.class)
			.startProcessInstanceByKey(PROCESS, "request-" + UUID.randomUUID())
			.getId();
	}

	private static Job jobOf(String instance) {
		return app.getBean(ManagementService.class).createJobQuery().processInstanceId(instance).singleResult();
	}

	/** A case whose registration at DBD failed on all three tries. */
	private static String failedThreeTimesAtDbd() {
		agencies.stubFor(post(DBD).willReturn(aResponse().withStatus(503)));
		String instance = start();
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> runJobOf(instance)).isInstanceOf(AgencyUnavailableException.class);
		}
		return instance;
	}

	private static CircuitBreaker dbdCircuit() {
		return app.getBean(AgencyCircuitBreakers.class)
			.of(app.getBean(AgencyDirectory.class).find("dbd").orElseThrow());
	}

	private static Instant lockedUntil(String instance) {
		return app.getBean(JdbcTemplate.class)
			.queryForObject("select lock_exp_time_ from act_ru_job where id_ = ?", Timestamp.class,
					jobOf(instance).getId())
			.toInstant();
	}

	private static void runJobOf(String instance) {
		app.getBean(ManagementService.class).executeJob(jobOf(instance).getId());
	}

	private static long incidents(String instance) {
		return app.getBean(RuntimeService.class).createIncidentQuery().processInstanceId(instance).count();
	}

	private static Object variable(String instance, String name) {
		return app.getBean(RuntimeService.class).getVariable(instance, name);
	}

	private static List<Handoff> handoffs(String instance) {
		return app.getBean(AgencyHandoffs.class).of(instance);
	}

	private static List<String> keysSentTo(String path) {
		return agencies.findAll(postRequestedFor(urlEqualTo(path)))
			.stream()
			.map((LoggedRequest request) -> request.getHeader("Idempotency-Key"))
			.toList();
	}

	private static String callbackStatus(String callbackId) {
		return app.getBean(JdbcTemplate.class)
			.queryForObject("select status from agency_callback where callback_id = ?", String.class, callbackId);
	}

	private static String callback(String callbackId, String reference, String outcome) {
		return """
				{"callbackId":"%s","event":"food-permit-decided","reference":"%s","outcome":"%s",
				 "agencyReference":"FP-2569-0042"}""".formatted(callbackId, reference, outcome);
	}

	private HttpResponse<String> postCallback(String body, String secret) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + "/agency-callbacks/municipality"))
			.header("Content-Type", "application/json")
			.header(CallbackSignature.HEADER, CallbackSignature.sign(secret, bytes))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static EngineRest operator() {
		return EngineRest.on(app, "admin", "demo");
	}

	private static String base() {
		return Postgres.baseUrl(app);
	}

	private static int port() {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
