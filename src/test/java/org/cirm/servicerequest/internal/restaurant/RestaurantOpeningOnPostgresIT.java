package org.cirm.servicerequest.internal.restaurant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.agency.Handoff;
import org.cirm.agency.internal.callback.CallbackSignature;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.Citizens;
import org.cirm.sla.Deadline;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.SlaState;
import org.cirm.testing.EngineRest;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The restaurant opening end to end on real PostgreSQL with its real delegates: four
 * agencies and the payment gateway answer over HTTP (stubbed), the municipality and the
 * gateway answer later by signed callbacks, and the owner gets one combined result.
 */
class RestaurantOpeningOnPostgresIT {

	private static final String PERMITS = "/municipality/food-premises/applications";

	private static final String PAYMENTS = "/payment/payments";

	@RegisterExtension
	static WireMockExtension agencies = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static ConfigurableApplicationContext app;

	private static Citizen somchai;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startOnPostgres() {
		Map<String, Object> settings = new HashMap<>(Map.of("camunda.bpm.job-execution.enabled", "false"));
		for (String agency : List.of("dbd", "rd", "sso", "municipality", "payment")) {
			settings.put("CIRM_AGENCY_" + agency.toUpperCase() + "_URL", agencies.baseUrl() + "/" + agency);
		}
		app = Postgres.start(Postgres.newDatabase(), "demo", settings);
		somchai = app.getBean(CitizenRegistry.class).register(Citizens.somchai());
	}

	@BeforeEach
	void agenciesAnswer() {
		agencies.stubFor(post("/dbd/registrations").willReturn(json("{\"registrationNumber\":\"0105569000123\"}")));
		agencies.stubFor(post("/rd/vat/registrations").willReturn(json("{\"vatNumber\":\"0105569000123\"}")));
		agencies.stubFor(post("/sso/employers").willReturn(json("{\"employerAccountNumber\":\"10-00000123\"}")));
		agencies.stubFor(post(PERMITS).willReturn(json("{\"applicationNumber\":\"FP-000123\"}")));
		agencies.stubFor(post(PAYMENTS).willReturn(json("{\"paymentReference\":\"PAY-0000000123\"}")));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void oneApplicationAtTheCounterEndsInOneCombinedResult() throws Exception {
		Map<String, Object> application = new HashMap<>(Map.of("citizenRef", somchai.ref().value(), "businessNameTh",
				"ครัวสมชาย", "businessNameEn", "Somchai Kitchen", "province", "Bangkok", "district", "Phra Nakhon"));
		application
			.putAll(Map.of("floorAreaSquareMetres", 80, "employees", 4, "expectedAnnualTurnoverBaht", 2_400_000));
		String restaurant = rest("counter").start(RestaurantOpeningProcess.KEY, application);

		rest("muni").completeOnlyTask(restaurant, Map.of("completeness", "COMPLETE"));
		runJobs(restaurant);
		rest("muni").completeOnlyTask(restaurant, Map.of("inspectionDate", "2026-12-01", "inspectionResult", "PASSED"));
		runJobs(restaurant);
		assertThat(callback("municipality", "food-permit-decided", keyOf(PERMITS), "GRANTED", "PERMIT-2569-0123")
			.statusCode()).isEqualTo(200);
		runJobs(restaurant);
		assertThat(callback("payment", "payment-settled", keyOf(PAYMENTS), "PAID", "RECEIPT-0123").statusCode())
			.isEqualTo(200);
		rest("muni").completeOnlyTask(restaurant, Map.of());

		assertThat(app.getBean(HistoryService.class)
			.createHistoricProcessInstanceQuery()
			.processInstanceId(restaurant)
			.singleResult()
			.getEndActivityId()).isEqualTo("Event_RestaurantOpened");
		assertThat(app.getBean(HistoryService.class)
			.createHistoricVariableInstanceQuery()
			.processInstanceId(restaurant)
			.variableNameIn("businessRegistrationNumber", "vatNumber", "employerAccountNumber", "permitNumber",
					"paymentReceipt")
			.list()).hasSize(5);
		assertThat(app.getBean(AgencyHandoffs.class).of(restaurant))
			.filteredOn(handoff -> handoff.outcome() == Handoff.Outcome.ANSWERED)
			.extracting(Handoff::agencyCode)
			.containsExactlyInAnyOrder("municipality", "payment");
		ServiceLevels levels = app.getBean(ServiceLevels.class);
		assertThat(levels.serviceOf(restaurant).orElseThrow().state())
			.as("the permit was decided within the 15 working days")
			.isEqualTo(SlaState.MET);
		assertThat(levels.of(restaurant)).extracting(Deadline::step)
			.contains("Task_CheckCompleteness", "Task_RegisterBusiness", "Task_RegisterForVat", "Task_RegisterEmployer",
					"Task_InspectPremises", "Task_HandOverResult");
		assertThat(levels.of(restaurant)).allSatisfy(deadline -> assertThat(deadline.endedAt()).isNotNull());
	}

	@Test
	void theRequestsClockStopsWhileTheApplicantBringsMissingDocuments() {
		Map<String, Object> application = new HashMap<>(Map.of("citizenRef", somchai.ref().value(), "businessNameTh",
				"ครัวสมชาย", "businessNameEn", "Somchai Kitchen", "province", "Bangkok", "district", "Phra Nakhon"));
		application
			.putAll(Map.of("floorAreaSquareMetres", 80, "employees", 4, "expectedAnnualTurnoverBaht", 2_400_000));
		String restaurant = rest("counter").start(RestaurantOpeningProcess.KEY, application);
		ServiceLevels levels = app.getBean(ServiceLevels.class);
		Instant dueBefore = levels.serviceOf(restaurant).orElseThrow().dueAt();

		rest("muni").completeOnlyTask(restaurant,
				Map.of("completeness", "MISSING_DOCUMENTS", "missingDocuments", "แผนผังร้าน / Floor plan"));
		runJobs(restaurant);
		assertThat(levels.serviceOf(restaurant).orElseThrow().state()).isEqualTo(SlaState.PAUSED);

		// The applicant brings them to the counter, which records it in Tasklist.
		rest("muni").completeOnlyTask(restaurant, Map.of("documentsReceived", true));
		Deadline resumed = levels.serviceOf(restaurant).orElseThrow();
		assertThat(resumed.state()).isNotEqualTo(SlaState.PAUSED);
		assertThat(resumed.dueAt()).as("never earlier for the wait").isAfterOrEqualTo(dueBefore);
		assertThat(rest("muni").tasksOf(restaurant)).hasSize(1);
	}

	private static String keyOf(String path) {
		return agencies.findAll(postRequestedFor(urlEqualTo(path))).get(0).getHeader("Idempotency-Key");
	}

	private HttpResponse<String> callback(String agency, String event, String reference, String outcome,
			String agencyReference) throws Exception {
		byte[] body = """
				{"callbackId":"%s","event":"%s","reference":"%s","outcome":"%s","agencyReference":"%s"}"""
			.formatted(UUID.randomUUID(), event, reference, outcome, agencyReference)
			.getBytes(StandardCharsets.UTF_8);
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + "/agency-callbacks/" + agency))
			.header("Content-Type", "application/json")
			.header(CallbackSignature.HEADER, CallbackSignature.sign("demo-callback-secret-" + agency, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void runJobs(String restaurant) {
		ManagementService jobs = app.getBean(ManagementService.class);
		for (List<Job> waiting = jobs.createJobQuery().processInstanceId(restaurant).messages().list(); !waiting
			.isEmpty(); waiting = jobs.createJobQuery().processInstanceId(restaurant).messages().list()) {
			waiting.forEach(job -> jobs.executeJob(job.getId()));
		}
	}

	private static EngineRest rest(String officer) {
		return EngineRest.on(app, officer, "demo");
	}

	private static String base() {
		return Postgres.baseUrl(app);
	}

	private static ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

}
