package org.cirm.servicerequest.internal.elderly;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.agency.AgencyUnavailableException;
import org.cirm.agency.Handoff;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.Citizens;
import org.cirm.testing.EngineRest;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The elderly allowance service end to end on real PostgreSQL with its real delegates: a
 * counter officer applies for Somchai through the engine REST API, DOPA, the Comptroller
 * General and the municipality answer over HTTP (stubbed), a municipality officer
 * approves, and the allowance is registered. The national ID goes to the agencies in
 * request bodies only, never into the case.
 */
class ElderlyAllowanceOnPostgresIT {

	private static final String DOPA = "/dopa/persons/lookup";

	private static final String CGD = "/cgd/pensions/lookup";

	private static final String WELFARE = "/municipality/elderly-allowance/registrations";

	@RegisterExtension
	static WireMockExtension agencies = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static ConfigurableApplicationContext app;

	private static Citizen somchai;

	@BeforeAll
	static void startOnPostgres() {
		app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("CIRM_AGENCY_DOPA_URL", agencies.baseUrl() + "/dopa", "CIRM_AGENCY_CGD_URL",
						agencies.baseUrl() + "/cgd", "CIRM_AGENCY_MUNICIPALITY_URL",
						agencies.baseUrl() + "/municipality", "camunda.bpm.job-execution.enabled", "false"));
		somchai = app.getBean(CitizenRegistry.class).register(Citizens.somchai());
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@BeforeEach
	void agenciesKnowSomchai() {
		agencies.resetAll();
		String id = "{\"nationalId\":\"" + somchai.nationalId().fullDigits() + "\"}";
		agencies.stubFor(post(DOPA).withRequestBody(equalToJson(id))
			.willReturn(json(
					"{\"firstNameTh\":\"สมชาย\",\"lastNameTh\":\"ใจดี\",\"birthDate\":\"1960-04-13\",\"alive\":true}")));
		agencies.stubFor(
				post(CGD).withRequestBody(equalToJson(id)).willReturn(json("{\"receivesGovernmentPension\":false}")));
		agencies.stubFor(post(WELFARE)
			.withRequestBody(matchingJsonPath("$.nationalId", WireMock.equalTo(somchai.nationalId().fullDigits())))
			.willReturn(json("{\"allowanceNumber\":\"EA-00000077\"}")));
	}

	@Test
	void somchaiAppliesAtTheCounterAndIsRegisteredForTheAllowance() {
		String application = rest("counter").start(ElderlyAllowanceProcess.KEY,
				Map.of("citizenRef", somchai.ref().value(), "paymentMethod", "BANK_TRANSFER"));

		runJobs(application);
		rest("muni").completeOnlyTask(application, Map.of("municipalityDecision", "APPROVED"));
		runJobs(application);

		assertThat(variables(application))
			.extracting(HistoricVariableInstance::getName, HistoricVariableInstance::getValue)
			.contains(tuple("eligibility", "ELIGIBLE"), tuple("allowanceNumber", "EA-00000077"),
					tuple("receivesGovernmentPension", false));
		assertThat(variables(application)).extracting(variable -> String.valueOf(variable.getValue()))
			.noneMatch(value -> value.contains(somchai.nationalId().fullDigits()) || value.contains("สมชาย"));
		assertThat(app.getBean(AgencyHandoffs.class).of(application)).extracting(Handoff::operation)
			.contains("look-up-person", "check-pension", "tasklist", "register-elderly-allowance");
	}

	@Test
	void aRegistryOutageIsRetriedThenAnIncidentAndTheCaseWaitsUntilAnOperatorRetries() {
		agencies.stubFor(
				post(DOPA).inScenario("outage").whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(503)));
		String application = rest("counter").start(ElderlyAllowanceProcess.KEY,
				Map.of("citizenRef", somchai.ref().value(), "paymentMethod", "CASH"));
		ManagementService jobs = app.getBean(ManagementService.class);

		for (int attempt = 0; attempt < 3; attempt++) {
			Job dopaCheck = jobs.createJobQuery()
				.processInstanceId(application)
				.activityId("Task_CheckCivilRegistry")
				.singleResult();
			assertThatThrownBy(() -> jobs.executeJob(dopaCheck.getId())).isInstanceOf(AgencyUnavailableException.class);
		}
		assertThat(app.getBean(RuntimeService.class).createIncidentQuery().processInstanceId(application).count())
			.isEqualTo(1);
	}

	@Test
	void anApplicationForSomeoneNotInTheRegistryIsRefusedAtOnce() {
		var refused = rest("counter").submitStartForm(ElderlyAllowanceProcess.KEY,
				Map.of("citizenRef", "00000000-0000-0000-0000-000000000000", "paymentMethod", "CASH"));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("No citizen has this reference", "Citizen 360");

		// A national ID pasted where the reference goes is named as such, never "not
		// registered".
		var pasted = rest("counter").submitStartForm(ElderlyAllowanceProcess.KEY,
				Map.of("citizenRef", "1-1017-00230-07-4", "paymentMethod", "CASH"));
		assertThat(pasted.getStatusCode().value()).isEqualTo(400);
		assertThat(pasted.getBody()).contains("This is a national ID, not a reference").doesNotContain("No citizen");
	}

	private static void runJobs(String application) {
		ManagementService jobs = app.getBean(ManagementService.class);
		for (Job job = next(jobs, application); job != null; job = next(jobs, application)) {
			jobs.executeJob(job.getId());
		}
	}

	private static Job next(ManagementService jobs, String application) {
		List<Job> waiting = jobs.createJobQuery().processInstanceId(application).executable().list();
		return waiting.isEmpty() ? null : waiting.get(0);
	}

	private static List<HistoricVariableInstance> variables(String application) {
		return app.getBean(HistoryService.class)
			.createHistoricVariableInstanceQuery()
			.processInstanceId(application)
			.list();
	}

	private static EngineRest rest(String officer) {
		return EngineRest.on(app, officer, "demo");
	}

	private static ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

}
