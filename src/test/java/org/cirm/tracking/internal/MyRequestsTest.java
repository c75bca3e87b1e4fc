package org.cirm.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "My requests": national ID and birth date, then a one-time code sent to the phone on
 * file, show all of a citizen's requests; a wrong birth date gets the same answer and
 * sends nothing; a code works once.
 */
@CirmWebTest
class MyRequestsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("\"code\":\"(\\d{6})\"");

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
	void aCitizenSeesAllTheirRequestsAfterACodeSentToTheirPhone() throws Exception {
		String filed = fileForSomchai();
		String ref = this.jdbc.queryForObject("select citizen_ref from service_request where tracking_code = ?",
				String.class, filed.replace("-", ""));
		Browser citizen = new Browser(this.port);

		HttpResponse<String> asked = citizen.postForm("/my-requests/code", Map.of("nationalId", "1101700230074",
				"birthDate", "1960-04-13", "_csrf", csrf(citizen.get("/my-requests").body())));
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("six-digit code is on its way");
		String code = lastCodeSentTo(ref);

		HttpResponse<String> wrong = citizen.postForm("/my-requests/verify",
				Map.of("code", code.equals("000000") ? "111111" : "000000", "_csrf", csrf(asked.body())));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("รหัสไม่ถูกต้อง", "The code is wrong");
		HttpResponse<String> right = citizen.postForm("/my-requests/verify",
				Map.of("code", code, "_csrf", csrf(wrong.body())));
		assertThat(right.statusCode()).isEqualTo(302);

		String mine = citizen.get("/my-requests").body();
		assertThat(mine).contains(filed, "ร้องเรียน/ร้องทุกข์", "กำลังดำเนินการ").doesNotContain("1101700230074");
		HttpResponse<String> details = citizen.postForm("/my-requests/request",
				Map.of("trackingCode", filed, "_csrf", csrf(mine)));
		assertThat(details.body()).contains(filed, "ขั้นตอน");

		// The code was spent.
		Browser other = new Browser(this.port);
		assertThat(other
			.postForm("/my-requests/verify", Map.of("code", code, "_csrf", csrf(other.get("/my-requests").body())))
			.statusCode()).isEqualTo(400);
	}

	@Test
	void aWrongBirthDateGetsTheSameAnswerAndNothingIsSent() {
		Browser stranger = new Browser(this.port);
		int before = codesSent();

		HttpResponse<String> asked = stranger.postForm("/my-requests/code", Map.of("nationalId", "1101700230074",
				"birthDate", "1961-01-01", "_csrf", csrf(stranger.get("/my-requests").body())));

		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("six-digit code is on its way");
		assertThat(codesSent()).isEqualTo(before);
		HttpResponse<String> invalid = stranger.postForm("/my-requests/code",
				Map.of("nationalId", "1101700230075", "birthDate", "1960-04-13", "_csrf", csrf(asked.body())));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("check digit");
	}

	private String lastCodeSentTo(String citizenRef) {
		List<String> params = this.jdbc.queryForList("""
				select params from notification_outbox where template = 'one-time-code' and recipient = ?
				order by created_at desc""", String.class, citizenRef);
		assertThat(params).isNotEmpty();
		Matcher code = CODE.matcher(params.get(0));
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	private int codesSent() {
		return this.jdbc.queryForObject("select count(*) from notification_outbox where template = 'one-time-code'",
				Integer.class);
	}

	private String fileForSomchai() throws Exception {
		HttpResponse<String> filed = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/requests"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"service": "complaint", "applicant": {"nationalId": "1101700230074", "firstNameTh": "สมชาย",
					 "lastNameTh": "ใจดี", "birthDate": "1960-04-13", "phone": "0812345678", "preferredChannel": "SMS"},
					 "fields": {"category": "PUBLIC_NUISANCE", "subject": "เสียงดัง", "location": "ซอย 2",
					 "province": "BANGKOK", "details": "ดังทั้งคืน"}}"""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		return JSON.readTree(filed.body()).get("trackingCode").asText();
	}

	private static String csrf(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as(page).isTrue();
		return token.group(1);
	}

}
