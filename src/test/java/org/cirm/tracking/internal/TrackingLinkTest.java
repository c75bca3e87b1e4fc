package org.cirm.tracking.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Guessing a code's four digits locks the code for everyone, its owner too; the owner
 * still gets in with a one-time link sent to the phone on file, which works once and only
 * for 24 hours.
 */
@CirmWebTest
class TrackingLinkTest {

	private static final Pattern LINK = Pattern.compile("/track/link/([A-Za-z0-9_-]{40,})");

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void noEarlierFailures() {
		this.jdbc.update("delete from tracking_failure");
	}

	@Test
	void theOwnerOfALockedCodeGetsInOnceWithALinkSentToTheirPhone() throws Exception {
		String code = fileForSomchai();
		for (int i = 0; i < 5; i++) {
			track(code, "0000");
		}
		assertThat(track(code, "0074").statusCode()).as("locked for the owner too").isEqualTo(429);

		HttpResponse<String> asked = post("/api/track/link", "{\"trackingCode\":\"" + code + "\"}");
		assertThat(asked.statusCode()).isEqualTo(202);
		assertThat(asked.body()).contains("ลิงก์", "link");
		String token = await().atMost(Duration.ofSeconds(20))
			.until(() -> linkSentTo("0812345678", code), t -> t != null);

		Browser owner = new Browser(this.port);
		HttpResponse<String> page = owner.get("/track/link/" + token);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("เปิดดูคำขอ", "Open my request").doesNotContain(code);
		Map<String, String> open = Map.of("token", token, "_csrf", csrf(page.body()));
		HttpResponse<String> opened = owner.postForm("/track/link", open);
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains(code, "ขั้นต่อไป / Next");

		HttpResponse<String> again = owner.postForm("/track/link", Map.of("token", token, "_csrf", csrf(owner)));
		assertThat(again.statusCode()).as("a link works once").isEqualTo(404);
		assertThat(again.body()).contains("หมดอายุหรือถูกใช้ไปแล้ว", "expired or was used");
		assertThat(track(code, "0074").statusCode()).as("the code stays locked").isEqualTo(429);
	}

	@Test
	void anUnknownCodeGetsTheSameAnswerAndNothingIsSent() throws Exception {
		int before = sms().length();
		String unknown = TrackingCode.random().formatted();

		HttpResponse<String> asked = post("/api/track/link", "{\"trackingCode\":\"" + unknown + "\"}");

		assertThat(asked.statusCode()).isEqualTo(202);
		assertThat(post("/api/track/link", "{\"trackingCode\":\"not-a-code\"}").statusCode()).isEqualTo(400);
		assertThat(sms().length()).isEqualTo(before);
	}

	@Test
	void anExpiredLinkOpensNothing() throws Exception {
		String code = fileForSomchai();
		post("/api/track/link", "{\"trackingCode\":\"" + code + "\"}");
		String token = await().atMost(Duration.ofSeconds(20))
			.until(() -> linkSentTo("0812345678", code), t -> t != null);
		this.jdbc.update("update tracking_link set expires_at = ?", Timestamp.from(Instant.now().minusSeconds(1)));

		Browser owner = new Browser(this.port);
		HttpResponse<String> page = owner.get("/track/link/" + token);
		HttpResponse<String> opened = owner.postForm("/track/link", Map.of("token", token, "_csrf", csrf(page.body())));

		assertThat(opened.statusCode()).isEqualTo(404);
	}

	@Test
	void aRequestIsSentAtMostThreeLinksADay() throws Exception {
		String code = fileForSomchai();
		for (int i = 0; i < 5; i++) {
			assertThat(post("/api/track/link", "{\"trackingCode\":\"" + code + "\"}").statusCode()).isEqualTo(202);
		}

		assertThat(this.jdbc.queryForObject("""
				select count(*) from tracking_link l join service_request r on r.id = l.request_id
				where r.tracking_code = ?""", Integer.class, TrackingCode.parse(code).orElseThrow().value()))
			.isEqualTo(3);
	}

	private String fileForSomchai() throws Exception {
		HttpResponse<String> filed = this.http.send(HttpRequest.newBuilder(uri("/api/requests"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"service": "complaint", "applicant": {"nationalId": "1101700230074", "firstNameTh": "สมชาย",
					 "lastNameTh": "ใจดี", "birthDate": "1960-04-13", "phone": "0812345678", "preferredChannel": "SMS"},
					 "fields": {"category": "ROAD_AND_TRAFFIC", "subject": "ทางเท้าชำรุด", "location": "ซอย 1",
					 "details": "แผ่นปูหลุด"}}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return JSON.readTree(filed.body()).get("trackingCode").asText();
	}

	private String linkSentTo(String phone, String code) throws Exception {
		for (var sms : JSON.readTree(sms())) {
			Matcher link = LINK.matcher(sms.path("text").asText());
			if (sms.path("to").asText().equals(phone) && sms.path("text").asText().contains(code) && link.find()) {
				return link.group(1);
			}
		}
		return null;
	}

	private String sms() throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(uri("/sandbox/sms/messages")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private HttpResponse<String> track(String code, String lastFour) throws Exception {
		return post("/api/track", "{\"trackingCode\":\"" + code + "\",\"nationalIdLastFour\":\"" + lastFour + "\"}");
	}

	private HttpResponse<String> post(String path, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String csrf(Browser browser) {
		return csrf(browser.get("/track").body());
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
