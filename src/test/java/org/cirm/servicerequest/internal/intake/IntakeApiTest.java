package org.cirm.servicerequest.internal.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.citizen.Citizens;
import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake and tracking APIs as a citizen's app or another agency's system uses them: a
 * request filed once per idempotency key, every mistake answered precisely in Thai and
 * English with nothing filed, and tracking that tells nothing to a wrong second factor.
 */
@CirmWebTest
class IntakeApiTest {

	/**
	 * Somchai, registered by the demo (born 13 April 1960: old enough for the allowance).
	 */
	private static final String SOMCHAI = """
			{"nationalId": "1-1017-00230-07-%s", "firstNameTh": "สมชาย", "lastNameTh": "ใจดี",
			 "birthDate": "%s", "phone": "0812345678", "preferredChannel": "SMS"}""";

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void noEarlierFailures() {
		this.jdbc.update("delete from tracking_failure");
	}

	@Autowired
	TrackingLimiter limiter;

	@Test
	void expiredFailuresAreForgottenForEveryoneNotOnlyForWhoeverFailsNext() {
		Timestamp old = Timestamp.from(Instant.now().minus(Duration.ofHours(2)));
		this.jdbc.update("insert into tracking_failure (subject, failed_at) values (?, ?)", "client:192.0.2.9", old);
		this.jdbc.update("insert into tracking_failure (subject, failed_at) values (?, ?)", "code:ABCD", old);
		this.jdbc.update("insert into tracking_failure (subject, failed_at) values (?, ?)", "code:EFGH",
				Timestamp.from(Instant.now()));

		this.limiter.purge();

		assertThat(this.jdbc.queryForList("select subject from tracking_failure", String.class))
			.containsExactly("code:EFGH");
	}

	@Test
	void aRequestIsFiledOnceWithATrackingCodeAndItsDueDate() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = file(complaint("ROAD_AND_TRAFFIC", "1960-04-13"), key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		JsonNode receipt = JSON.readTree(first.body());
		assertThat(TrackingCode.parse(receipt.get("trackingCode").asText())).isPresent();
		assertThat(receipt.get("service").asText()).isEqualTo("complaint");
		assertThat(receipt.get("expectedBy").asText()).isNotBlank();
		assertThat(receipt.get("expectedByTh").asText()).contains("น.");

		HttpResponse<String> again = file(complaint("ROAD_AND_TRAFFIC", "1960-04-13"), key);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(again.body()).get("trackingCode")).isEqualTo(receipt.get("trackingCode"));
		assertThat(this.jdbc.queryForObject("select count(*) from service_request where idempotency_key = ?",
				Integer.class, key))
			.isOne();
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(receipt.get("trackingCode").asText())
			.count()).as("one process, its business key the tracking code officers see").isOne();

		HttpResponse<String> reused = file(complaint("PUBLIC_NUISANCE", "1960-04-13"), key);
		assertThat(reused.statusCode()).isEqualTo(409);
		assertThat(reused.body()).contains("idempotency key");
	}

	@Test
	void mistakesAreNamedFieldByFieldInThaiAndEnglishAndNothingIsFiled() throws Exception {
		int requests = requests();

		String wrongCheckDigit = Integer.toString((Integer.parseInt(checkDigit()) + 1) % 10);
		HttpResponse<String> wrongDigit = file(
				complaint("ROAD_AND_TRAFFIC", "1960-04-13").replace("07-" + checkDigit(), "07-" + wrongCheckDigit),
				null);
		assertThat(wrongDigit.statusCode()).isEqualTo(400);
		assertThat(wrongDigit.body()).contains("applicant.nationalId", "check digit", "เลข");

		HttpResponse<String> missing = file("""
				{"service": "complaint", "applicant": %s, "fields": {"category": "OTHER"}}"""
			.formatted(SOMCHAI.formatted(checkDigit(), "1960-04-13")), null);
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("subject", "details", "is required", "กรุณากรอก");

		HttpResponse<String> unknown = file("""
				{"service": "complaint", "applicant": %s, "fields": {"category": "WEATHER", "subject": "x",
				 "location": "x", "details": "x", "iban": "x"}}"""
			.formatted(SOMCHAI.formatted(checkDigit(), "1960-04-13")), null);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("must be one of", "has no field iban");

		HttpResponse<String> notSomchai = file(complaint("ROAD_AND_TRAFFIC", "1961-04-13"), null);
		assertThat(notSomchai.statusCode()).isEqualTo(422);
		assertThat(notSomchai.body()).contains("does not match");

		HttpResponse<String> noService = file("""
				{"service": "space-travel", "applicant": %s, "fields": {}}"""
			.formatted(SOMCHAI.formatted(checkDigit(), "1960-04-13")), null);
		assertThat(noService.statusCode()).isEqualTo(404);

		HttpResponse<String> broken = file("{\"service\": ", null);
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).doesNotContain("Exception");

		assertThat(requests()).as("nothing filed").isEqualTo(requests);
	}

	@Test
	void theApplicantFollowsTheStepsWithTheCodeAndTheLastFourDigits() throws Exception {
		String code = JSON
			.readTree(file(complaint("PUBLIC_NUISANCE", "1960-04-13"), UUID.randomUUID().toString()).body())
			.get("trackingCode")
			.asText();

		HttpResponse<String> tracked = track(code, "0070".substring(0, 3) + checkDigit());
		assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
		JsonNode view = JSON.readTree(tracked.body());
		assertThat(view.get("serviceName").get("th").asText()).isNotBlank();
		assertThat(view.get("expectedBy").asText()).isNotBlank();
		assertThat(view.get("stages")).isNotEmpty();
		assertThat(tracked.body()).contains("\"progress\":\"CURRENT\"", "\"progress\":\"NEXT\"")
			.doesNotContain("processInstance", "1101700230");

		HttpResponse<String> wrongFactor = track(code, "9999");
		HttpResponse<String> unknownCode = track(TrackingCode.random().formatted(),
				"0070".substring(0, 3) + checkDigit());
		assertThat(wrongFactor.statusCode()).isEqualTo(404);
		assertThat(unknownCode.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(wrongFactor.body()).get("detail"))
			.as("an unknown code and a wrong factor answer alike")
			.isEqualTo(JSON.readTree(unknownCode.body()).get("detail"));

		assertThat(track(code.substring(0, 12) + "ZZ", "1234").statusCode()).as("a typo in the code").isEqualTo(400);
	}

	@Test
	void guessingIsSlowedDown() throws Exception {
		String code = JSON
			.readTree(file(complaint("PUBLIC_NUISANCE", "1960-04-13"), UUID.randomUUID().toString()).body())
			.get("trackingCode")
			.asText();
		for (int i = 0; i < 5; i++) {
			assertThat(track(code, String.format("%04d", 1000 + i)).statusCode()).isEqualTo(404);
		}
		HttpResponse<String> blocked = track(code, "0070".substring(0, 3) + checkDigit());
		assertThat(blocked.statusCode()).isEqualTo(429);
		assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
		this.jdbc.update("delete from tracking_failure");
	}

	@Test
	void aRequestTheHotlineStartsInTasklistHasItsRecordCodeAndTrackingToo() throws Exception {
		String somchai = this.jdbc.queryForObject("select ref from citizen where national_id = ?", String.class,
				Citizens.idFrom("110170023007").fullDigits());
		EngineRest hotline = new EngineRest(
				new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + this.port)), "hotline",
				"demo");
		Map<String, Object> values = new HashMap<>(Complaints.potholeByHotline());
		values.put("citizenRef", somchai);
		String complaint = hotline.start("ComplaintProcess", values);

		Map<String, Object> record = this.jdbc.queryForMap(
				"select id, tracking_code, channel from service_request where process_instance = ?", complaint);
		assertThat(record.get("CHANNEL")).isEqualTo("HOTLINE");
		String code = (String) this.runtime.getVariable(complaint, "trackingCode");
		assertThat(
				this.runtime.createProcessInstanceQuery().processInstanceId(complaint).singleResult().getBusinessKey())
			.isEqualTo(code);
		assertThat(TrackingCode.parse(code)).map(TrackingCode::value).contains((String) record.get("TRACKING_CODE"));

		HttpResponse<String> tracked = track(code, "0070".substring(0, 3) + checkDigit());
		assertThat(tracked.statusCode()).as("the same tracking as any channel").isEqualTo(200);
		JsonNode told = JSON.readTree(this.jdbc.queryForObject(
				"select params from notification_outbox where process_instance = ? and template = 'request-received'",
				String.class, complaint));
		assertThat(told.get("trackingCode").asText()).isEqualTo(code);
		assertThat(told.get("expected").asText()).as("the due date, as from any channel")
			.isNotEqualTo("-")
			.contains("25");
		assertThat(tracked.body()).contains("\"service\":\"complaint\"", "\"progress\":\"CURRENT\"");
	}

	@Test
	void eachMessageOfProgressNamesTheRequestByItsCodeAndService() throws Exception {
		String code = JSON
			.readTree(file(complaint("ROAD_AND_TRAFFIC", "1960-04-13"), UUID.randomUUID().toString()).body())
			.get("trackingCode")
			.asText();
		String request = this.jdbc.queryForObject(
				"select process_instance from service_request where tracking_code = ?", String.class,
				TrackingCode.parse(code).orElseThrow().value());
		EngineRest muni = new EngineRest(
				new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + this.port)), "muni",
				"demo");

		var done = muni.submitTaskForm(muni.onlyTaskOf(request), Complaints.resolved());

		assertThat(done.getStatusCode().is2xxSuccessful()).as(String.valueOf(done.getBody())).isTrue();
		// What the message is filled with (whichever node of the shared database sends
		// it).
		JsonNode params = JSON.readTree(this.jdbc.queryForObject(
				"select params from notification_outbox where process_instance = ? and template = 'step-done'",
				String.class, request));
		assertThat(params.get("trackingCode").asText()).isEqualTo(code);
		assertThat(params.get("service").asText()).isIn("ร้องเรียน/ร้องทุกข์", "Complaint or petition");
		assertThat(new String(getClass().getResourceAsStream("/i18n/notifications_th.properties").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8))
			.contains("notification.step-done.body=ขั้นตอน \"{step}\" ของคำขอ {trackingCode} ({service})");
	}

	@Test
	void theRequestAndWhatTheCitizenWasToldAreInTheirContactHistory() throws Exception {
		String code = JSON
			.readTree(file(complaint("ROAD_AND_TRAFFIC", "1960-04-13"), UUID.randomUUID().toString()).body())
			.get("trackingCode")
			.asText();
		Browser hotline = new Browser(this.port);
		hotline.login("hotline", "demo");

		HttpResponse<String> view = hotline.postJson("/officer/api/citizens/lookup", "{\"nationalId\":\""
				+ Citizens.idFrom("110170023007").fullDigits() + "\",\"purpose\":\"CITIZEN_ENQUIRY\"}");

		assertThat(view.statusCode()).isEqualTo(200);
		assertThat(view.body()).contains("Agency system (API)", code, "request received " + code,
				"\"channel\":\"SMS\"");
	}

	@Test
	void applicantsAreCheckedAgainstTheCivilRegistryWhenTheyFile() throws Exception {
		String wandee = """
				{"service": "complaint", "applicant": {"nationalId": "1500200998874", "firstNameTh": "วันดี",
				 "lastNameTh": "ศรีสุข", "birthDate": "1990-12-05", "email": "wandee@example.org",
				 "preferredChannel": "EMAIL"},
				 "fields": {"category": "OTHER", "subject": "ไฟทางดับ", "location": "ซอย 9", "details": "มืดทั้งซอย"}}""";
		assertThat(file(wandee, null).statusCode()).as("a new applicant the registry confirms").isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select verification from citizen where national_id = '1500200998874'",
				String.class))
			.isEqualTo("VERIFIED");

		HttpResponse<String> deceased = file("""
				{"service": "complaint", "applicant": {"nationalId": "3200600112236", "firstNameTh": "บุญมี",
				 "lastNameTh": "มีสุข", "birthDate": "1948-09-30", "phone": "0811111111"},
				 "fields": {"category": "OTHER", "subject": "x", "location": "x", "details": "x"}}""", null);
		assertThat(deceased.statusCode()).isEqualTo(422);
		assertThat(deceased.body()).contains("deceased", "เสียชีวิต");

		this.jdbc.update("update citizen set verified_at = ? where national_id = ?",
				java.sql.Timestamp.valueOf("2025-01-01 00:00:00"), Citizens.idFrom("110170023007").fullDigits());
		assertThat(file(complaint("OTHER", "1960-04-13"), null).statusCode()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select verified_at from citizen where national_id = ?",
				java.sql.Timestamp.class, Citizens.idFrom("110170023007").fullDigits()))
			.as("an old check is made again at filing")
			.isAfter(java.sql.Timestamp.valueOf("2026-01-01 00:00:00"));
	}

	@Test
	void theApiIsDescribed() throws Exception {
		HttpResponse<String> description = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/openapi/citizen")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.body()).contains("\"openapi\"", "\"/api/requests\"", "\"/api/track\"", "Idempotency-Key",
				"ยื่นคำขอ");
	}

	/** A complaint, which the web channel takes. */
	private String complaint(String category, String birthDate) {
		return """
				{"service": "complaint", "applicant": %s, "fields": {"category": "%s", "subject": "ถนนชำรุด",
				 "location": "ซอยราชดำเนิน 5", "province": "BANGKOK", "details": "หลุมกว้างกลางถนน / A wide pothole"}}"""
			.formatted(SOMCHAI.formatted(checkDigit(), birthDate), category);
	}

	/** Somchai's ID is 1-1017-00230-07-x with x his check digit. */
	private static String checkDigit() {
		return Citizens.idFrom("110170023007").fullDigits().substring(12);
	}

	private int requests() {
		return this.jdbc.queryForObject("select count(*) from service_request", Integer.class);
	}

	private HttpResponse<String> file(String body, String idempotencyKey) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/requests"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> track(String code, String lastFour) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/track"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("trackingCode", code, "nationalIdLastFour", lastFour))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
