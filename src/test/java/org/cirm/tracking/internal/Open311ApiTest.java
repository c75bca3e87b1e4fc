package org.cirm.tracking.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.cirm.citizen.Citizens;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.Submission;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.testing.CirmWebTest;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open311 GeoReport v2 as any Open311 client speaks it, over the same intake and
 * tracking: a request filed here runs the same process and shows the same steps as one
 * filed through the JSON API.
 */
@CirmWebTest
class Open311ApiTest {

	private static final String KEY = "demo-key-open311";

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	Intake intake;

	@Autowired
	ServiceRequests requests;

	@Autowired
	RequestTracker tracker;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servicesAndTheirAttributesComeFromTheCatalogAndTheStartForms() throws Exception {
		JsonNode services = JSON.readTree(get("/open311/v2/services.json").body());
		List<String> codes = new ArrayList<>();
		services.forEach(service -> codes.add(service.get("service_code").asText()));
		assertThat(codes).contains("complaint", "restaurant-opening").doesNotContain("elderly-allowance");

		JsonNode complaint = JSON.readTree(get("/open311/v2/services/complaint.json").body());
		JsonNode category = attribute(complaint, "category");
		assertThat(category.get("datatype").asText()).isEqualTo("singlevaluelist");
		assertThat(category.get("required").asBoolean()).isTrue();
		assertThat(category.get("values").get(0).get("key").asText()).isNotBlank();
		assertThat(attribute(complaint, "details").get("datatype").asText()).isEqualTo("text");
		assertThat(get("/open311/v2/services/elderly-allowance.json").statusCode()).isEqualTo(404);
	}

	@Test
	void aClientFilesAndFollowsARequestWhichRunsLikeAnyOther() throws Exception {
		assertThat(post(form(null)).statusCode()).as("no api_key").isEqualTo(403);
		assertThat(post(form("wrong-key")).statusCode()).isEqualTo(403);

		HttpResponse<String> filed = post(form(KEY));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String id = JSON.readTree(filed.body()).get(0).get("service_request_id").asText();
		assertThat(TrackingCode.parse(id)).isPresent();

		JsonNode request = JSON.readTree(get("/open311/v2/requests/" + id + ".json?api_key=" + KEY).body()).get(0);
		assertThat(request.get("status").asText()).isEqualTo("open");
		assertThat(request.get("service_code").asText()).isEqualTo("complaint");
		assertThat(request.get("expected_datetime").asText()).endsWith("+07:00");
		assertThat(request.get("notes")).isNotEmpty();
		assertThat(get("/open311/v2/requests/" + id + ".json").statusCode()).isEqualTo(403);

		JsonNode mine = JSON.readTree(get("/open311/v2/requests.json?service_code=complaint&api_key=" + KEY).body());
		assertThat(mine.findValuesAsText("service_request_id")).contains(id);

		HttpResponse<String> missing = post(form(KEY).replace("attribute%5Bsubject%5D=", "ignored="));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("subject", "is required");

		String viaApi = this.intake.submit(new Submission("complaint", Channel.API, applicant(), fields(), null))
			.trackingCode()
			.value();
		String viaPortal = this.intake.submit(new Submission("complaint", Channel.WEB, applicant(), fields(), null))
			.trackingCode()
			.value();
		Map<String, Object> startForm = new HashMap<>(fields());
		startForm.put("channel", "HOTLINE");
		startForm.put("citizenRef", this.jdbc.queryForObject("select ref from citizen where national_id = ?",
				String.class, Citizens.idFrom("110170023007").fullDigits()));
		String started = new EngineRest(this.rest, "hotline", "demo").start("ComplaintProcess", startForm);
		String viaTasklist = TrackingCode.parse((String) this.runtime.getVariable(started, "trackingCode"))
			.orElseThrow()
			.value();
		List<String> open311 = steps(TrackingCode.parse(id).orElseThrow().value());
		assertThat(List.of(steps(viaApi), steps(viaPortal), steps(viaTasklist)))
			.as("the same process and tracking view whatever the channel")
			.containsOnly(open311);
	}

	private List<String> steps(String code) {
		RequestTracker.View view = this.tracker.view(this.requests.find(new TrackingCode(code)).orElseThrow());
		return view.stages()
			.stream()
			.flatMap(stage -> stage.branches().stream())
			.flatMap(List::stream)
			.map(step -> step.id() + ":" + step.progress())
			.toList();
	}

	private static Submission.Applicant applicant() {
		return new Submission.Applicant(Citizens.idFrom("110170023007").fullDigits(), "สมชาย", "ใจดี",
				LocalDate.of(1960, 4, 13), "0812345678", null, "SMS", "th");
	}

	private static Map<String, Object> fields() {
		return Map.of("category", "ROAD_AND_TRAFFIC", "subject", "ทางเท้าชำรุด", "location", "ถนนราชดำเนิน", "province",
				"BANGKOK", "details", "แผ่นปูทางเท้าหลุด / Loose paving");
	}

	private static String form(String apiKey) {
		Map<String, String> params = new LinkedHashMap<>();
		if (apiKey != null) {
			params.put("api_key", apiKey);
		}
		params.put("service_code", "complaint");
		params.put("national_id", Citizens.idFrom("110170023007").fullDigits());
		params.put("first_name", "สมชาย");
		params.put("last_name", "ใจดี");
		params.put("birth_date", "1960-04-13");
		params.put("phone", "0812345678");
		fields().forEach((key, value) -> params.put("attribute[" + key + "]", value.toString()));
		params.put("nonce", UUID.randomUUID().toString());
		return params.entrySet()
			.stream()
			.map(param -> URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static JsonNode attribute(JsonNode service, String code) {
		for (JsonNode attribute : service.get("attributes")) {
			if (attribute.get("code").asText().equals(code)) {
				return attribute;
			}
		}
		throw new AssertionError("no attribute " + code);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String form) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/open311/v2/requests.json"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
