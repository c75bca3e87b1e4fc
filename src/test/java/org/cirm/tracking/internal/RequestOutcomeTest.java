package org.cirm.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cirm.agency.ComplaintCentre;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A citizen reads how the request ended, from the end event its model reached: the
 * complaint's answer with what the agency did, an allowance refused with the reason; a
 * step the route skipped reads "not needed", the step of "the agency responsible" names
 * the agency, and the completion message says the same as the page. While the clock waits
 * for the applicant, the page says what for.
 */
@CirmWebTest
class RequestOutcomeTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String SOMCHAI_LAST_FOUR = "0074";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAnsweredComplaintShowsWhatTheAgencyDidAndTheSkippedTriageIsNotNext() throws Exception {
		String code = fileComplaint();
		String complaint = processOf(code);

		JsonNode handling = track(code);
		assertThat(handling.path("state").path("en").asText()).isEqualTo("In progress");
		assertThat(step(handling, "Task_TriageComplaint").path("progress").asText()).isEqualTo("NOT_NEEDED");
		JsonNode handle = step(handling, "Task_HandleComplaint");
		assertThat(handle.path("progress").asText()).isEqualTo("CURRENT");
		assertThat(handle.path("agency").path("en").asText()).isNotBlank()
			.doesNotContainIgnoringCase("responsible")
			.isEqualTo(agencyNameOf("municipality"));

		// The municipality's officer finds the task by the code the citizen reads out, as
		// Tasklist's search does (process variable trackingCode), and sees it on the
		// card.
		String formatted = TrackingCode.parse(code).orElseThrow().formatted();
		List<Map<String, Object>> found = as("muni").list("/task?processVariables=trackingCode_eq_" + formatted);
		assertThat(found).hasSize(1);
		assertThat(found.get(0).get("processInstanceId")).isEqualTo(complaint);
		assertThat(as("muni").get("/task/" + found.get(0).get("id") + "/localVariables/cardTrackingCode").getBody())
			.contains(formatted);
		as("muni").completeOnlyTask(complaint, Complaints.resolved());
		as("centre").completeOnlyTask(complaint, Complaints.accepted());
		as("centre-system").completeExternalTask(ComplaintCentre.RECORD_COMPLAINT_TOPIC, complaint,
				Map.of("centreCaseNumber", "1111-0000077"));
		as("admin").fireTimerOf(complaint);
		as("admin").correlate("complaint.rated", complaint, Map.of("satisfaction", 5));

		JsonNode ended = track(code);
		assertThat(ended.path("completed").asBoolean()).isTrue();
		assertThat(ended.path("state").path("en").asText()).isEqualTo("Answered");
		assertThat(ended.path("outcome").path("kind").asText()).isEqualTo("ANSWERED");
		assertThat(ended.path("outcome").path("details").findValuesAsText("value"))
			.containsExactly("Crew filled the pothole", "photo P-0042");
		assertThat(step(ended, "Task_TriageComplaint").path("progress").asText()).isEqualTo("NOT_NEEDED");

		// The centre's register is an internal step (step.tellCitizen = false): no SMS.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from notification_outbox where process_instance = ? and template = 'step-done'
				and params like '%ทะเบียนศูนย์ดำรงธรรม%'""", Integer.class, complaint)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification_outbox where process_instance = ? and template = 'step-done'",
				Integer.class, complaint))
			.as("the steps the citizen is told of")
			.isPositive();
		Map<String, Object> completion = completionMessageOf(complaint);
		assertThat(completion.get("PARAMS").toString()).contains(TrackingCode.parse(code).orElseThrow().formatted())
			.contains("ตอบแล้ว")
			.contains("Crew filled the pothole");
	}

	@Test
	void aRejectedComplaintReadsRefusedWithTheReasonAndNeverDoneOnTime() throws Exception {
		// No province: the routing table cannot decide, the centre triages.
		String code = fileComplaint("\"category\": \"OTHER\", \"subject\": \"ขอทราบเบอร์โทรนายก\", "
				+ "\"location\": \"-\", \"details\": \"ขอเบอร์โทรศัพท์ส่วนตัว\"");
		String complaint = processOf(code);
		JsonNode triage = track(code);
		assertThat(step(triage, "Task_TriageComplaint").path("progress").asText()).isEqualTo("CURRENT");
		assertThat(step(triage, "Task_HandleComplaint").path("progress").asText()).isEqualTo("NEXT");

		as("centre").completeOnlyTask(complaint, Map.of("triageDecision", "REJECTED", "triageNote",
				"ไม่ใช่เรื่องร้องเรียน ข้อมูลส่วนบุคคลของผู้อื่นเปิดเผยไม่ได้ / Not a complaint: another person's data cannot be given"));
		as("centre-system").completeExternalTask(ComplaintCentre.RECORD_COMPLAINT_TOPIC, complaint,
				Map.of("centreCaseNumber", "1111-0000078"));

		JsonNode ended = track(code);
		assertThat(ended.path("state").path("en").asText()).isEqualTo("Refused");
		assertThat(ended.path("outcome").path("end").path("en").asText()).isEqualTo("Rejected and closed");
		assertThat(ended.path("outcome").path("details").findValuesAsText("value")).containsExactly(
				"ไม่ใช่เรื่องร้องเรียน ข้อมูลส่วนบุคคลของผู้อื่นเปิดเผยไม่ได้ / Not a complaint: another person's data cannot be given");
		assertThat(ended.path("slaLabel").isNull()).as("a refusal is never done on time").isTrue();
		assertThat(step(ended, "Task_HandleComplaint").path("progress").asText()).isEqualTo("NOT_REACHED");
		String page = trackingPage(code);
		assertThat(page).contains("ไม่อนุมัติ")
			.contains("Refused")
			.contains("data cannot be given")
			.doesNotContain("Done on time")
			.doesNotContain("เสร็จตามกำหนด");
		// The diagram: the refusal's end reached, the agency's step never; no engine ids.
		assertThat(page)
			.contains("<svg", "class=\"shape end_event done\"", "class=\"shape step todo\"", "class=\"flow taken\"")
			.doesNotContain(complaint);
		assertThat(completionMessageOf(complaint).get("PARAMS").toString()).contains("ไม่อนุมัติ")
			.contains("ไม่ใช่เรื่องร้องเรียน");
	}

	@Test
	void anApplicationWaitingForTheApplicantsDocumentsSaysWhatIsNeededUntilTheCounterHasThem() throws Exception {
		String code = file("restaurant-opening", """
				"businessNameTh": "ครัวสมชาย", "businessNameEn": "Somchai Kitchen", "province": "Bangkok",
				"district": "Phra Nakhon", "floorAreaSquareMetres": 80, "employees": 4,
				"expectedAnnualTurnoverBaht": 2400000""");
		String application = processOf(code);
		assertThat(track(code).get("waitingFor")).as("the counter's work first").isNotNull().isEmpty();

		as("muni").completeOnlyTask(application,
				Map.of("completeness", "MISSING_DOCUMENTS", "missingDocuments", "แผนผังร้าน / Floor plan"));
		JsonNode waiting = track(code);
		assertThat(waiting.path("sla").asText()).isEqualTo("PAUSED");
		assertThat(waiting.path("waitingFor").findValuesAsText("en"))
			.containsExactly("Missing documents: waiting for the applicant to bring them");
		String page = trackingPage(code);
		assertThat(page).contains("รอท่านดำเนินการ", "Waiting for you", "เอกสารที่ขาด: รอผู้ยื่นนำมาส่ง",
				"Contact the service point");

		as("muni").completeOnlyTask(application, Map.of("documentsReceived", true));
		JsonNode checkedAgain = track(code);
		assertThat(checkedAgain.get("waitingFor")).isNotNull().isEmpty();
		assertThat(checkedAgain.path("sla").asText()).isNotEqualTo("PAUSED");
		assertThat(step(checkedAgain, "Task_CheckCompleteness").path("progress").asText()).isEqualTo("CURRENT");
	}

	@Test
	void theDemosSmsGatewayIsAPageAPersonCanRead() throws Exception {
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(uri("/sandbox/sms")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("SMS ที่ส่งในระบบทดลอง", "Text messages sent in the demo");
	}

	private String fileComplaint() throws Exception {
		return fileComplaint("\"category\": \"ROAD_AND_TRAFFIC\", \"subject\": \"ถนนเป็นหลุม\", "
				+ "\"location\": \"ถนนเทศบาล 3\", \"province\": \"CHIANG_MAI\", \"details\": \"หลุมลึกครึ่งเมตรหน้าตลาด\"");
	}

	private String fileComplaint(String fields) throws Exception {
		return file("complaint", fields);
	}

	private String file(String service, String fields) throws Exception {
		HttpResponse<String> filed = this.http.send(HttpRequest.newBuilder(uri("/api/requests"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString("{\"service\": \"" + service + "\", " + """
					"applicant": {"nationalId": "1101700230074", "firstNameTh": "สมชาย",
					 "lastNameTh": "ใจดี", "birthDate": "1960-04-13", "phone": "0812345678", "preferredChannel": "SMS"},
					 "fields": {""" + fields + "}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return JSON.readTree(filed.body()).get("trackingCode").asText();
	}

	private String processOf(String code) {
		return this.jdbc.queryForObject("select process_instance from service_request where tracking_code = ?",
				String.class, TrackingCode.parse(code).orElseThrow().value());
	}

	private String agencyNameOf(String agency) {
		return as("admin").list("/group?id=agency-" + agency)
			.stream()
			.map(group -> group.get("name").toString())
			.map(name -> name.substring(name.indexOf(" / ") + 3))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, Object> completionMessageOf(String processInstance) {
		List<Map<String, Object>> messages = this.jdbc.queryForList(
				"select params from notification_outbox where process_instance = ? and template = 'request-completed'",
				processInstance);
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	private JsonNode track(String code) throws Exception {
		HttpResponse<String> tracked = this.http.send(HttpRequest.newBuilder(uri("/api/track"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"trackingCode\":\"" + code + "\",\"nationalIdLastFour\":\"" + SOMCHAI_LAST_FOUR + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
		return JSON.readTree(tracked.body());
	}

	private String trackingPage(String code) {
		Browser browser = new Browser(this.port);
		Matcher csrf = CSRF.matcher(browser.get("/track").body());
		assertThat(csrf.find()).isTrue();
		return browser
			.postForm("/track",
					Map.of("trackingCode", code, "nationalIdLastFour", SOMCHAI_LAST_FOUR, "_csrf", csrf.group(1)))
			.body();
	}

	private static JsonNode step(JsonNode view, String id) {
		for (JsonNode stage : view.path("stages")) {
			for (JsonNode branch : stage.path("branches")) {
				for (JsonNode step : branch) {
					if (step.path("id").asText().equals(id)) {
						return step;
					}
				}
			}
		}
		throw new AssertionError("No step " + id + " in " + view);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private EngineRest as(String user) {
		return new EngineRest(this.rest, user, "demo");
	}

}
