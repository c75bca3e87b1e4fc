package org.cirm.servicerequest.internal.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cirm.testing.Browser;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many citizens at once on real PostgreSQL, with a deliberately small connection pool:
 * {@value #CLIENTS} submissions at once through each channel (the API, the portal,
 * Open311 and a Tasklist start), sixteen times as many as connections, all answer
 * correctly (no request thread ever waits for a second connection), and first-time
 * applicants filing at the same moment lose nothing, register once, and leave no national
 * ID in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentIntakeOnPostgresIT {

	private static final int POOL = 4;

	private static final int CLIENTS = 64;

	/** In the sandbox civil registry, registered by nobody in a fresh database. */
	private static final String WANDEE = "1500200998874";

	private static final String SOMSAK = "1700100555669";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static ConfigurableApplicationContext app;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startWithASmallPool() {
		app = Postgres.start(Postgres.newDatabase(), "demo", Map.of("spring.datasource.hikari.maximum-pool-size", POOL,
				// A pool that deadlocks shows as errors within seconds, not minutes.
				"spring.datasource.hikari.connection-timeout", "5000", "camunda.bpm.job-execution.max-pool-size",
				POOL - 1, "camunda.bpm.job-execution.core-pool-size", 1, "cirm.sandbox.workers", "false",
				"cirm.sandbox.latency", "0ms"));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void submissionsThroughTheApiAtOnceAreAllFiled() {
		List<HttpResponse<String>> answers = atOnce(CLIENTS,
				i -> file(complaint("1101700230074", "สมชาย", "ใจดี", "1960-04-13"), UUID.randomUUID().toString()));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
		assertThat(answers).extracting(answer -> trackingCodeOf(answer)).doesNotHaveDuplicates();
	}

	@Test
	void applicationsOnThePortalAtOnceAreAllFiled() {
		int before = count("select count(*) from service_request where idempotency_key like 'web:%'");
		// Each citizen in their own browser session, with its form token and submission
		// key.
		List<Browser> citizens = IntStream.range(0, CLIENTS).mapToObj(i -> new Browser(port())).toList();
		List<Map<String, String>> forms = citizens.stream().map(citizen -> {
			Map<String, String> form = new HashMap<>(citizen.hiddenFieldsOf("/services/complaint/apply"));
			form.putAll(Map.of("nationalId", "1101700230074", "firstNameTh", "สมชาย", "lastNameTh", "ใจดี", "birthDate",
					"1960-04-13", "phone", "0812345678", "preferredChannel", "SMS", "field.category",
					"ROAD_AND_TRAFFIC", "field.subject", "ไฟถนนดับ", "field.location", "ซอย 3", "field.details",
					"ไฟดับทั้งซอย"));
			return form;
		}).toList();

		List<HttpResponse<String>> answers = atOnce(CLIENTS,
				i -> citizens.get(i).postForm("/services/complaint/apply", forms.get(i)));

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/applied");
		});
		assertThat(count("select count(*) from service_request where idempotency_key like 'web:%'") - before)
			.isEqualTo(CLIENTS);
	}

	@Test
	void open311RequestsAtOnceAreAllFiled() {
		List<HttpResponse<String>> answers = atOnce(CLIENTS, i -> open311(UUID.randomUUID().toString()));

		assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201));
		assertThat(answers).extracting(answer -> {
			try {
				return JSON.readTree(answer.body()).get(0).get("service_request_id").asText();
			}
			catch (Exception ex) {
				throw new AssertionError(answer.body(), ex);
			}
		}).doesNotHaveDuplicates();
	}

	@Test
	void tasklistStartsAtOnceAreAllFiled() {
		String somchai = app.getBean(JdbcTemplate.class)
			.queryForObject("select ref from citizen where national_id = '1101700230074'", String.class);
		Map<String, Object> values = new HashMap<>(Complaints.potholeByHotline());
		values.put("citizenRef", somchai);
		EngineRest counter = EngineRest.on(app, "counter", "demo");

		List<Integer> answers = atOnce(CLIENTS, i -> counter.submitStartForm("ComplaintProcess", values)).stream()
			.map(answer -> answer.getStatusCode().value())
			.toList();

		assertThat(answers).containsOnly(200);
	}

	@Test
	void oneNewApplicantSendingTheSameRequestFiveTimesAtOnceGetsOneRequest(CapturedOutput log) throws Exception {
		String key = UUID.randomUUID().toString();
		List<HttpResponse<String>> answers = atOnce(5,
				i -> file(complaint(WANDEE, "วันดี", "ศรีสุข", "1990-12-05"), key));

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 200, 200, 200, 200);
		assertThat(answers).extracting(answer -> trackingCodeOf(answer)).containsOnly(trackingCodeOf(answers.get(0)));
		assertThat(count("select count(*) from citizen where national_id = ?", WANDEE)).isOne();
		assertThat(count("select count(*) from service_request where idempotency_key = ?", key)).isOne();
		assertThat(log.getAll()).doesNotContain(WANDEE);
	}

	@Test
	void oneNewApplicantFilingFiveRequestsAtOnceGetsFiveRequestsAndOneRecord(CapturedOutput log) {
		List<HttpResponse<String>> answers = atOnce(5,
				i -> file(complaint(SOMSAK, "สมศักดิ์", "รักไทย", "1955-01-02"), UUID.randomUUID().toString()));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
		assertThat(answers).extracting(answer -> trackingCodeOf(answer)).doesNotHaveDuplicates();
		assertThat(count("select count(*) from citizen where national_id = ?", SOMSAK)).isOne();
		assertThat(count("""
				select count(*) from service_request r join citizen c on c.ref = r.citizen_ref
				where c.national_id = ?""", SOMSAK)).isEqualTo(5);
		assertThat(log.getAll()).doesNotContain(SOMSAK);
	}

	private static <T> List<T> atOnce(int clients, IntFunction<T> call) {
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<T>> calls = IntStream.range(0, clients)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
				try {
					go.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return call.apply(i);
			}, command -> new Thread(command).start()))
			.toList();
		go.countDown();
		return calls.stream().map(CompletableFuture::join).toList();
	}

	private HttpResponse<String> file(String body, String key) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(Postgres.baseUrl(app) + "/api/requests"))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", key)
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new AssertionError("The platform did not answer", ex);
		}
	}

	private HttpResponse<String> open311(String nonce) {
		String form = String.join("&", "api_key=demo-key-open311", "service_code=complaint",
				"national_id=1101700230074", "first_name=" + encode("สมชาย"), "last_name=" + encode("ใจดี"),
				"birth_date=1960-04-13", "phone=0812345678", "attribute%5Bcategory%5D=ROAD_AND_TRAFFIC",
				"attribute%5Bsubject%5D=" + encode("ไฟถนนดับ"), "attribute%5Blocation%5D=" + encode("ซอย 3"),
				"attribute%5Bdetails%5D=" + encode("ไฟดับทั้งซอย"), "nonce=" + nonce);
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create(Postgres.baseUrl(app) + "/open311/v2/requests.json"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.timeout(Duration.ofSeconds(20))
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new AssertionError("The platform did not answer", ex);
		}
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static int port() {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	private static String complaint(String nationalId, String first, String last, String birthDate) {
		return """
				{"service": "complaint", "applicant": {"nationalId": "%s", "firstNameTh": "%s", "lastNameTh": "%s",
				 "birthDate": "%s", "phone": "0812345678", "preferredChannel": "SMS"},
				 "fields": {"category": "ROAD_AND_TRAFFIC", "subject": "ไฟถนนดับ", "location": "ซอย 3",
				 "details": "ไฟดับทั้งซอย"}}""".formatted(nationalId, first, last, birthDate);
	}

	private static String trackingCodeOf(HttpResponse<String> answer) {
		try {
			return JSON.readTree(answer.body()).path("trackingCode").asText();
		}
		catch (Exception ex) {
			throw new AssertionError(answer.body(), ex);
		}
	}

	private static int count(String sql, Object... args) {
		return app.getBean(JdbcTemplate.class).queryForObject(sql, Integer.class, args);
	}

}
