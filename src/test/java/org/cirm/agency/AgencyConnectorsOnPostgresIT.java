package org.cirm.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.cirm.agency.internal.AgencyCircuitBreakers;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every connector called from a process step on real PostgreSQL, its agency stubbed at
 * the HTTP level: the answer moves the case on, the agency's "no" takes the model's error
 * path, and a lasting failure is retried by the engine with one key, then becomes exactly
 * one incident, which an operator's retry clears.
 */
class AgencyConnectorsOnPostgresIT {

	private static final List<String> AGENCIES = List.of("complaint-centre", "dopa", "dbd", "municipality", "rd", "sso",
			"cgd", "payment");

	@RegisterExtension
	static WireMockExtension agencies = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void startOnPostgres() {
		Map<String, Object> settings = new HashMap<>(Map.of("camunda.bpm.job-execution.enabled", "false"));
		AGENCIES
			.forEach(agency -> settings.put("CIRM_AGENCY_" + agency.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL",
					agencies.baseUrl() + "/" + agency));
		app = Postgres.start(Postgres.newDatabase(), "demo", settings, HandoffTestDelegates.class);
		app.getBean(RepositoryService.class)
			.createDeployment()
			.name("agency-connector-test")
			.addClasspathResource("models/agency-connector-test.bpmn")
			.deploy();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@BeforeEach
	void freshAgencies() {
		agencies.resetAll();
		app.getBean(AgencyCircuitBreakers.class).resetAll();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.cirm.agency.AgencyConnectorsTest#connectors")
	void theAnswerMovesTheCaseOn(AgencyConnectorsTest.Case connector) {
		agencies.stubFor(post(connector.path()).willReturn(AgencyConnectorsTest.json(200, connector.answer())));
		String instance = start(connector);

		runJobOf(instance);

		assertThat(passed(instance, "Event_Answered")).isTrue();
		assertThat(app.getBean(AgencyHandoffs.class).of(instance)).singleElement()
			.satisfies(receipt -> assertThat(receipt.outcome()).isEqualTo(Handoff.Outcome.ACCEPTED));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.cirm.agency.AgencyConnectorsTest#connectors")
	void theAgencysNoTakesTheErrorPathAtOnce(AgencyConnectorsTest.Case connector) {
		agencies.stubFor(post(connector.path())
			.willReturn(AgencyConnectorsTest.json(422, "{\"code\":\"" + connector.rejection() + "\"}")));
		String instance = start(connector);

		runJobOf(instance);

		assertThat(passed(instance, "Event_Rejected")).isTrue();
		assertThat(app.getBean(HistoryService.class)
			.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("rejection")
			.singleResult()
			.getValue()).isEqualTo(connector.rejection());
		agencies.verify(1, postRequestedFor(urlEqualTo(connector.path())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.cirm.agency.AgencyConnectorsTest#connectors")
	void aLastingFailureIsRetriedWithOneKeyThenOneIncidentThatARetryClears(AgencyConnectorsTest.Case connector) {
		agencies.stubFor(post(connector.path()).willReturn(aResponse().withStatus(503)));
		String instance = start(connector);

		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> runJobOf(instance)).isInstanceOf(AgencyUnavailableException.class);
		}
		assertThat(app.getBean(RuntimeService.class).createIncidentQuery().processInstanceId(instance).count())
			.isEqualTo(1);

		agencies.stubFor(post(connector.path()).willReturn(AgencyConnectorsTest.json(200, connector.answer())));
		app.getBean(ManagementService.class).setJobRetries(jobOf(instance).getId(), 1);
		runJobOf(instance);

		assertThat(passed(instance, "Event_Answered")).isTrue();
		assertThat(agencies.findAll(postRequestedFor(urlEqualTo(connector.path()))))
			.extracting(request -> request.getHeader("Idempotency-Key"))
			.hasSize(4)
			.containsOnly(app.getBean(AgencyHandoffs.class).of(instance).get(0).idempotencyKey());
	}

	private static String start(AgencyConnectorsTest.Case connector) {
		return app.getBean(RuntimeService.class)
			.startProcessInstanceByKey("AgencyConnectorTestProcess", Map.of("connector", connector.name()))
			.getId();
	}

	private static Job jobOf(String instance) {
		return app.getBean(ManagementService.class).createJobQuery().processInstanceId(instance).singleResult();
	}

	private static void runJobOf(String instance) {
		app.getBean(ManagementService.class).executeJob(jobOf(instance).getId());
	}

	private static boolean passed(String instance, String activity) {
		return app.getBean(HistoryService.class)
			.createHistoricActivityInstanceQuery()
			.processInstanceId(instance)
			.activityId(activity)
			.count() == 1;
	}

}
