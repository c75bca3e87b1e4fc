package org.cirm.feedback.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.cirm.agency.ComplaintCentre;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRegistry;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rating and disputing as the citizen does it, with the tracking code and the last four
 * ID digits: a dispute within the window reopens the complaint at the agency and is
 * counted; the rating is taken once the request asks for it, once.
 */
@CirmWebTest
class FeedbackApiTest {

	private static final String LAST_FOUR = Citizens.idFrom("110170023007").fullDigits().substring(9);

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	CitizenRegistry citizens;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void noEarlierFailures() {
		this.jdbc.update("delete from tracking_failure");
	}

	@Test
	void aDisputeReopensTheComplaintAndTheRatingClosesIt() throws Exception {
		String somchai = this.jdbc.queryForObject("select ref from citizen where national_id = ?", String.class,
				Citizens.idFrom("110170023007").fullDigits());
		Map<String, Object> values = new HashMap<>(Complaints.potholeByHotline());
		values.put("citizenRef", somchai);
		String complaint = as("hotline").start("ComplaintProcess", values);
		String code = (String) this.runtime.getVariable(complaint, "trackingCode");
		as("centre").completeOnlyTask(complaint, Complaints.forwardTo("municipality"));
		as("muni").completeOnlyTask(complaint, Complaints.resolved());
		as("centre").completeOnlyTask(complaint, Complaints.accepted());
		as("centre-system").completeExternalTask(ComplaintCentre.RECORD_COMPLAINT_TOPIC, complaint,
				Map.of("centreCaseNumber", "1111-0000077"));

		assertThat(
				post("/api/requests/rating", Map.of("trackingCode", code, "nationalIdLastFour", LAST_FOUR, "rating", 5))
					.statusCode())
			.as("not asked yet: the close may still be disputed")
			.isEqualTo(409);
		assertThat(post("/api/requests/dispute",
				Map.of("trackingCode", code, "nationalIdLastFour", "0000", "reason", "ยังไม่ได้ซ่อม"))
			.statusCode()).isEqualTo(404);

		HttpResponse<String> disputed = post("/api/requests/dispute", Map.of("trackingCode", code, "nationalIdLastFour",
				LAST_FOUR, "reason", "หลุมยังอยู่ / The pothole is still there"));
		assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(201);
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(complaint)
			.taskDefinitionKey("Task_HandleComplaint")
			.count()).as("reopened at the agency").isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from dispute d join service_request r on r.id = d.request_id where r.process_instance = ?",
				Integer.class, complaint))
			.isOne();

		as("muni").completeOnlyTask(complaint, Complaints.resolved());
		as("centre").completeOnlyTask(complaint, Complaints.accepted());
		as("admin").fireTimerOf(complaint);
		assertThat(post("/api/requests/dispute",
				Map.of("trackingCode", code, "nationalIdLastFour", LAST_FOUR, "reason", "x"))
			.statusCode()).as("the window has passed").isEqualTo(409);
		assertThat(
				post("/api/requests/rating", Map.of("trackingCode", code, "nationalIdLastFour", LAST_FOUR, "rating", 9))
					.statusCode())
			.isEqualTo(400);

		HttpResponse<String> rated = post("/api/requests/rating", Map.of("trackingCode", code, "nationalIdLastFour",
				LAST_FOUR, "rating", 4, "comment", "ซ่อมเรียบร้อย", "steps", Map.of("Task_HandleComplaint", 5)));
		assertThat(rated.statusCode()).as(rated.body()).isEqualTo(201);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(complaint).count()).as("closed")
			.isZero();
		assertThat(
				post("/api/requests/rating", Map.of("trackingCode", code, "nationalIdLastFour", LAST_FOUR, "rating", 1))
					.statusCode())
			.as("once")
			.isEqualTo(409);
		assertThat(this.jdbc.queryForObject("select rating from step_rating where step = 'Task_HandleComplaint'",
				Integer.class))
			.isEqualTo(5);
	}

	@Test
	void whatAnErasedCitizenWroteGoesWithTheirData() {
		CitizenRegistry registry = this.citizens;
		Citizen somsri = registry
			.register(new Citizen(null, Citizens.idFrom("110170066019"), new Citizen.Name("สมศรี", "ทดสอบ"), null,
					java.time.LocalDate.of(1970, 1, 1), null, new Citizen.Contact("0890000000", null, "SMS", "th")));
		Map<String, Object> values = new HashMap<>(Complaints.potholeByHotline());
		values.put("citizenRef", somsri.ref().value());
		String complaint = as("hotline").start("ComplaintProcess", values);
		String requestId = this.jdbc.queryForObject("select id from service_request where process_instance = ?",
				String.class, complaint);
		this.jdbc.update("insert into satisfaction_rating (id, request_id, service_code, rating, comment, rated_at)"
				+ " values ('r-somsri', ?, 'complaint', 2, 'สมศรี ทดสอบ โทร 0890000000', now())", requestId);

		registry.erase(somsri.ref());

		assertThat(
				this.jdbc.queryForObject("select comment from satisfaction_rating where id = 'r-somsri'", String.class))
			.isNull();
		assertThat(
				this.jdbc.queryForObject("select rating from satisfaction_rating where id = 'r-somsri'", Integer.class))
			.as("still counted")
			.isEqualTo(2);
	}

	private EngineRest as(String officer) {
		return new EngineRest(this.rest, officer, "demo");
	}

	private HttpResponse<String> post(String path, Map<String, Object> body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
