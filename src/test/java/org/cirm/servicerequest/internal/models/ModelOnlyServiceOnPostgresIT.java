package org.cirm.servicerequest.internal.models;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.Citizens;
import org.cirm.servicerequest.Outcome;
import org.cirm.servicerequest.ProcessState;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.testing.Browser;
import org.cirm.testing.Postgres;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A process owner adds a public service with Camunda Modeler alone, on PostgreSQL: a
 * model this suite ships nowhere (user tasks with their forms, the generic agency call
 * against an agency system (WireMock), an external task, a working-day timer, a decision
 * table, no Java) is checked, refused while broken, deployed over the engine REST API as
 * the owner, started by the counter and on the web, worked, tracked to its outcome, and a
 * later version without HOTLINE takes the hotline's right to start it.
 */
class ModelOnlyServiceOnPostgresIT {

	private static final String KEY = "FoodStallLicenceProcess";

	private static final String[] FORMS = { "licence-apply", "licence-check", "licence-inspect", "licence-issue" };

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String ZONING = "/municipality/zoning-checks";

	@RegisterExtension
	static WireMockExtension agencies = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	static ConfigurableApplicationContext app;

	AuthorizationService authorizations;

	RepositoryService repository;

	ExternalTaskService externalTasks;

	ManagementService management;

	RuntimeService runtime;

	String base;

	@BeforeAll
	static void start() {
		app = Postgres.start(Postgres.newDatabase(), "demo", Map.of("CIRM_AGENCY_MUNICIPALITY_URL",
				agencies.baseUrl() + "/municipality", "camunda.bpm.job-execution.enabled", "false"));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@BeforeEach
	void beans() {
		this.authorizations = app.getBean(AuthorizationService.class);
		this.repository = app.getBean(RepositoryService.class);
		this.externalTasks = app.getBean(ExternalTaskService.class);
		this.management = app.getBean(ManagementService.class);
		this.runtime = app.getBean(RuntimeService.class);
		this.base = Postgres.baseUrl(app);
		// The zoning system: a spot on a main road is forbidden, any other is zone C-2.
		// Its
		// first answer to the counter's request is an outage, which the step retries.
		agencies.stubFor(WireMock.post(ZONING)
			.withRequestBody(matchingJsonPath("$.location", containing("Main Road")))
			.willReturn(aResponse().withStatus(422)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":\"ZONE_FORBIDDEN\",\"detail\":\"No stalls on a main road\"}")));
		agencies.stubFor(WireMock.post(ZONING)
			.withRequestBody(matchingJsonPath("$.location", containing("Soi 5")))
			.inScenario("outage")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		agencies.stubFor(WireMock.post(ZONING)
			.withRequestBody(matchingJsonPath("$.location", containing("Soi 5")))
			.inScenario("outage")
			.whenScenarioStateIs("recovered")
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"zoneCode\":\"C-2\"}")));
	}

	@Test
	void aModelOnlyServiceIsCheckedDeployedStartedWorkedAndTrackedWithoutJava() throws Exception {
		// A broken draft: every problem at once, from the check and from a deployment.
		String broken = model("COUNTER, FAX")
			.replace("camunda:topic=\"municipality.record-licence\"", "camunda:topic=\"land-office.record-licence\"")
			.replace("value=\"check-zoning\"", "value=\"check-zonning\"");
		JsonNode checked = JSON.readTree(checkAs("owner", bundle(broken, "licence-issue")).getBody());
		assertThat(checked.get("ok").asBoolean()).isFalse();
		assertThat(checked.get("problems").findValuesAsText("en")).anySatisfy(text -> assertThat(text).contains("FAX"))
			.anySatisfy(text -> assertThat(text).contains("land-office"))
			.anySatisfy(text -> assertThat(text).contains("municipality check-zonning"))
			.anySatisfy(text -> assertThat(text).contains("licence-issue"));
		assertThat(checkAs("counter", bundle(broken)).getStatusCode().value()).isEqualTo(403);
		assertThat(
				JSON.readTree(checkAs("owner", bundle(model("COUNTER, HOTLINE, WEB"))).getBody()).get("ok").asBoolean())
			.as("the whole service passes")
			.isTrue();

		ResponseEntity<String> refused = deployAs("owner", bundle(broken, "licence-issue"));
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("FAX", "land-office", "licence-issue");
		assertThat(this.repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();

		// Version 1: counter, hotline and web; the municipality owns it.
		ResponseEntity<String> deployed = deployAs("owner", bundle(model("COUNTER, HOTLINE, WEB")));
		assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
		assertThat(mayStart("counter")).isTrue();
		assertThat(mayStart("hotline")).isTrue();
		assertThat(mayStart("agency-municipality")).isTrue();

		// The counter starts it from Tasklist's start form; it gets a code like any
		// request.
		Map<String, Object> stall = new HashMap<>(Map.of("stallName", "Som Tam Pa Noi", "stallLocation", "Soi 5"));
		stall.put("citizenRef", app.getBean(CitizenRegistry.class).register(Citizens.malee()).ref().value());
		ResponseEntity<String> started = officer("counter").submitStartForm(KEY, stall);
		assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
		assertThat(TrackingCode.parse(JSON.readTree(started.getBody()).get("businessKey").asText())).isPresent();
		String counterStarted = JSON.readTree(started.getBody()).get("id").asText();

		// ... and from Citizen 360, for the citizen on screen.
		Browser counter = new Browser(port());
		counter.login("counter", "demo");
		String startPage = "/officer/citizens/" + stall.get("citizenRef") + "/services/food-stall-licence";
		assertThat(counter.get("/officer/citizens/" + stall.get("citizenRef") + "?purpose=SERVICE_REQUEST").body())
			.contains(startPage);
		String form = counter.get(startPage).body();
		HttpResponse<String> filedAtCounter = counter.postForm(startPage,
				Map.of("submissionKey", field(form, "submissionKey"), "_csrf", field(form, "_csrf"), "field.stallName",
						"Kuay Tiew Rua", "field.stallLocation", "Soi 9"));
		assertThat(filedAtCounter.statusCode()).as(filedAtCounter.body()).isEqualTo(302);
		assertThat(counter.get("/officer/started").body()).contains("ใบอนุญาตแผงอาหาร", "tracking-code");

		// The web applies for it, and the citizen follows every step with its deadline.
		HttpResponse<String> filed = post("/api/requests", """
				{"service": "food-stall-licence",
				 "fields": {"stallName": "Khao Man Kai Lung Chai", "stallLocation": "Rama IV Main Road"},
				 "applicant": {"nationalId": "%s", "firstNameTh": "สมชาย", "lastNameTh": "ใจดี",
				 "birthDate": "1960-04-13", "phone": "0812345678", "preferredChannel": "SMS"}}"""
			.formatted(Citizens.idFrom("110170023007").fullDigits()));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String code = JSON.readTree(filed.body()).get("trackingCode").asText();
		JsonNode tracked = track(code);
		JsonNode check = step(tracked, "Task_CheckCompleteness");
		assertThat(check.get("progress").asText()).isEqualTo("CURRENT");
		assertThat(check.get("dueAt").asText()).isNotBlank();
		assertThat(check.get("agency").get("en").asText()).isNotBlank();
		assertThat(tracked.get("expectedBy").asText()).isNotBlank();

		// The web request's spot is on a main road: the zoning system's "no" ends it,
		// with
		// the agency's reason, in one call.
		String refusedProcess = processOf(code);
		EngineRest muni = officer("muni");
		muni.submitTaskForm(muni.onlyTaskOf(refusedProcess), Map.of("complete", true));
		runJobs(refusedProcess);
		JsonNode refusedByZoning = track(code);
		assertThat(refusedByZoning.get("outcome").get("kind").asText()).isEqualTo("REFUSED");
		assertThat(refusedByZoning.get("outcome").toString()).contains("No stalls on a main road");
		// What tracking reads of the process with plain SQL is what the engine's
		// history holds, in the same order.
		ServiceRequests requests = app.getBean(ServiceRequests.class);
		ProcessState refusedState = requests
			.processOf(requests.find(TrackingCode.parse(code).orElseThrow()).orElseThrow())
			.orElseThrow();
		assertThat(refusedState.visits()).extracting(ProcessState.Visit::elementId)
			.containsExactlyElementsOf(app.getBean(HistoryService.class)
				.createHistoricActivityInstanceQuery()
				.processInstanceId(refusedProcess)
				.orderByHistoricActivityInstanceStartTime()
				.asc()
				.orderPartiallyByOccurrence()
				.asc()
				.list()
				.stream()
				.map(HistoricActivityInstance::getActivityId)
				.toList());
		assertThat(refusedState.endedAt()).isNotNull();
		assertThat(refusedState.outcome().kind()).isEqualTo(Outcome.Kind.REFUSED);

		// The counter's request: worked in Tasklist, by the zoning system (one request
		// per step visit, the same key when the outage is retried), by the agency's
		// worker, on the calendar and by the table.
		String process = counterStarted;
		code = this.runtime.createProcessInstanceQuery().processInstanceId(process).singleResult().getBusinessKey();
		muni.submitTaskForm(muni.onlyTaskOf(process), Map.of("complete", true));
		runJobs(process);
		List<LoggedRequest> zoning = agencies.findAll(postRequestedFor(urlEqualTo(ZONING))
			.withRequestBody(matchingJsonPath("$.location", containing("Soi 5"))));
		assertThat(zoning).hasSize(2);
		assertThat(zoning).extracting(request -> request.getHeader("Idempotency-Key"))
			.doesNotContainNull()
			.containsOnly(zoning.get(0).getHeader("Idempotency-Key"));
		assertThat(zoning.get(0).getBodyAsString()).contains(code, "Som Tam Pa Noi")
			.doesNotContain(Citizens.malee().nationalId().fullDigits());
		assertThat(this.runtime.getVariable(process, "zoneCode")).isEqualTo("C-2");
		List<LockedExternalTask> pulled = this.externalTasks.fetchAndLock(5, "municipality-system")
			.topic("municipality.record-licence", 60_000)
			.execute();
		assertThat(pulled).hasSize(1);
		this.externalTasks.complete(pulled.get(0).getId(), "municipality-system");
		String maleeLastFour = Citizens.malee().nationalId().fullDigits().substring(9);
		assertThat(step(track(code, maleeLastFour), "Task_RecordApplication").get("progress").asText())
			.isEqualTo("DONE");
		this.management.createJobQuery()
			.processInstanceId(process)
			.timers()
			.list()
			.forEach(timer -> this.management.executeJob(timer.getId()));
		muni.submitTaskForm(muni.onlyTaskOf(process), Map.of("hygieneScore", 85));
		muni.submitTaskForm(muni.onlyTaskOf(process), Map.of("licenceNumber", "SK-2569-0142"));
		JsonNode ended = track(code, maleeLastFour);
		assertThat(ended.get("completed").asBoolean()).isTrue();
		assertThat(ended.get("outcome").get("kind").asText()).isEqualTo("APPROVED");
		assertThat(ended.get("outcome").toString()).contains("SK-2569-0142");

		// Version 2 drops the hotline: its right to start the service goes with it.
		ResponseEntity<String> second = deployAs("owner", bundle(model("COUNTER, WEB")));
		assertThat(second.getStatusCode().value()).as(second.getBody()).isEqualTo(200);
		assertThat(mayStart("hotline")).isFalse();
		assertThat(mayStart("counter")).isTrue();
		assertThat(officer("hotline").submitStartForm(KEY, Map.of("stallName", "x")).getStatusCode().value())
			.isEqualTo(403);
	}

	private boolean mayStart(String group) {
		return this.authorizations.isUserAuthorized("someone", List.of(group),
				ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, KEY);
	}

	private static JsonNode step(JsonNode tracked, String id) {
		for (JsonNode step : tracked.findValues("branches").stream().flatMap(b -> iterate(b).stream()).toList()) {
			if (step.path("id").asText().equals(id)) {
				return step;
			}
		}
		throw new AssertionError("no step " + id + " in " + tracked);
	}

	private static List<JsonNode> iterate(JsonNode branches) {
		List<JsonNode> steps = new java.util.ArrayList<>();
		branches.forEach(branch -> branch.forEach(steps::add));
		return steps;
	}

	private JsonNode track(String code) throws Exception {
		return track(code, "0074");
	}

	private JsonNode track(String code, String lastFour) throws Exception {
		HttpResponse<String> tracked = post("/api/track",
				JSON.writeValueAsString(Map.of("trackingCode", code, "nationalIdLastFour", lastFour)));
		assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
		return JSON.readTree(tracked.body());
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private EngineRest officer(String user) {
		return EngineRest.on(app, user, "demo");
	}

	private static int port() {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	private String processOf(String code) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(TrackingCode.parse(code).orElseThrow().formatted())
			.singleResult()
			.getId();
	}

	/**
	 * Runs the instance's due jobs as the job executor would, failures and retries too.
	 */
	private void runJobs(String process) {
		for (int round = 0; round < 10; round++) {
			List<Job> due = this.management.createJobQuery().processInstanceId(process).executable().list();
			if (due.isEmpty()) {
				return;
			}
			for (Job job : due) {
				try {
					this.management.executeJob(job.getId());
				}
				catch (RuntimeException failed) {
					// As the job executor would: the job keeps a retry, due now for the
					// test.
					this.management.setJobDuedate(job.getId(), null);
				}
			}
		}
	}

	private ResponseEntity<String> deployAs(String user, MultiValueMap<String, Object> bundle) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>(bundle);
		parts.add("deployment-name", "food-stall-licence");
		return multipart(user, "/engine-rest/deployment/create", parts);
	}

	private ResponseEntity<String> checkAs(String user, MultiValueMap<String, Object> bundle) {
		return multipart(user, "/officer/api/models/check", bundle);
	}

	private ResponseEntity<String> multipart(String user, String path, MultiValueMap<String, Object> parts) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new TestRestTemplate(new RestTemplateBuilder().rootUri(this.base)).withBasicAuth(user, "demo")
			.postForEntity(path, new HttpEntity<>(parts, headers), String.class);
	}

	/** The model and its decision and forms, less any form named to leave out. */
	private static MultiValueMap<String, Object> bundle(String model, String... leftOut) throws IOException {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("licence.bpmn", file("licence.bpmn", model.getBytes(StandardCharsets.UTF_8)));
		parts.add("licence-decision.dmn", file("licence-decision.dmn", read("licence-decision.dmn")));
		for (String form : FORMS) {
			if (!List.of(leftOut).contains(form)) {
				parts.add(form + ".form", file(form + ".form", read(form + ".form")));
			}
		}
		return parts;
	}

	private static String model(String channels) throws IOException {
		return new String(read("licence.bpmn"), StandardCharsets.UTF_8).replace("__CHANNELS__", channels);
	}

	private static byte[] read(String name) throws IOException {
		return new ClassPathResource("models/licence/" + name).getContentAsByteArray();
	}

	private static ByteArrayResource file(String name, byte[] content) {
		return new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return name;
			}

		};
	}

	private static String field(String page, String name) {
		java.util.regex.Matcher value = java.util.regex.Pattern
			.compile("name=\"" + java.util.regex.Pattern.quote(name) + "\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(value.find()).as(name).isTrue();
		return value.group(1);
	}

}
