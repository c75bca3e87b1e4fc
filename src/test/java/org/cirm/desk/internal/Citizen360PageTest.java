package org.cirm.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cirm.audit.AuditLog;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.Citizens;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Citizen 360 page as an officer uses it: forms posted with the page's CSRF token.
 */
@CirmWebTest
class Citizen360PageTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	CitizenRegistry registry;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsTheCitizenWithThaiDatesAndRecordsOneAuditEntry() {
		Citizen somchai = this.registry.register(Citizens.somchai());
		int before = this.audit.about(somchai.ref().value()).size();

		HttpResponse<String> page = lookUp("counter", somchai.nationalId().fullDigits(), "SERVICE_REQUEST");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("สมชาย ใจดี", "13 เมษายน 2503", somchai.nationalId().masked(),
					"/officer/handoffs?processInstanceId=", somchai.ref().value())
			.doesNotContain(somchai.nationalId().fullDigits());
		assertThat(page.body()).as("each request's deadline and where it stands")
			.contains("กำหนดของคำขอ", "Request due")
			.containsAnyOf("ตามกำหนด / On track", "ภายในกำหนดเวลา / Within the time limit");
		assertThat(this.audit.about(somchai.ref().value())).hasSize(before + 1);
	}

	@Test
	void explainsAWrongIdAndAMissingPurposeInThaiAndEnglish() {
		assertThat(lookUp("hotline", "1234567890123", "SERVICE_REQUEST").body()).contains("เลขตรวจสอบ", "check digit");
		assertThat(lookUp("hotline", "12345", "SERVICE_REQUEST").body()).contains("13 digits (5 given)");
		assertThat(lookUp("hotline", Citizens.somchai().nationalId().fullDigits(), "").body())
			.contains("ต้องระบุวัตถุประสงค์", "State the purpose")
			.doesNotContain("ใจดี");
	}

	@Test
	void aMalformedReferenceOrABlankContactNoteGetsAMessageNotAnError() {
		Citizen somchai = this.registry.register(Citizens.somchai());
		Browser counter = new Browser(this.port);
		counter.login("counter", "demo");

		HttpResponse<String> malformed = counter.get("/officer/citizens/not-a-reference?purpose=SERVICE_REQUEST");
		assertThat(malformed.statusCode()).isEqualTo(200);
		assertThat(malformed.body()).contains("No such citizen is registered");

		Matcher token = CSRF.matcher(counter.get("/officer/citizens").body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> blank = counter.postForm("/officer/citizens/" + somchai.ref() + "/contacts",
				Map.of("channel", "COUNTER", "note", " ", "purpose", "CITIZEN_ENQUIRY", "_csrf", token.group(1)));
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("A note of at most 2000 characters is required", "สมชาย ใจดี");
	}

	@Test
	void isRefusedToOfficersWithoutTheCitizenDataPermission() {
		Browser dopa = new Browser(this.port);
		dopa.login("dopa", "demo");

		assertThat(dopa.get("/officer/citizens").statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> lookUp(String officer, String nationalId, String purpose) {
		Browser browser = new Browser(this.port);
		browser.login(officer, "demo");
		Matcher token = CSRF.matcher(browser.get("/officer/citizens").body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> answer = browser.postForm("/officer/citizens/lookup",
				Map.of("nationalId", nationalId, "purpose", purpose, "_csrf", token.group(1)));
		if (answer.statusCode() == 302) {
			// Post, redirect, get: the citizen's page by reference, never by ID.
			String location = answer.headers().firstValue("Location").orElseThrow();
			assertThat(location).doesNotContain(nationalId.replace("-", ""));
			return browser.get(location.replaceFirst("^https?://[^/]+", ""));
		}
		return answer;
	}

	@Test
	void aTrackingCodeReadOutByACallerOpensTheApplicantsPage() {
		Citizen somchai = this.registry.register(Citizens.somchai());
		this.jdbc.update("""
				insert into service_request (id, tracking_code, service_code, channel, citizen_ref, payload_hash,
				received_at) values (?, ?, 'complaint', 'HOTLINE', ?, '-', current_timestamp)""",
				java.util.UUID.randomUUID().toString(), TrackingCode.random().value(), somchai.ref().value());
		String code = this.jdbc.queryForObject(
				"select tracking_code from service_request where citizen_ref = ? fetch first 1 rows only", String.class,
				somchai.ref().value());
		Browser hotline = new Browser(this.port);
		hotline.login("hotline", "demo");
		Matcher token = CSRF.matcher(hotline.get("/officer/citizens").body());
		assertThat(token.find()).isTrue();

		HttpResponse<String> found = hotline.postForm("/officer/citizens/search",
				Map.of("text", TrackingCode.parse(code).orElseThrow().formatted(), "purpose", "CITIZEN_ENQUIRY",
						"_csrf", token.group(1)));

		assertThat(found.statusCode()).isEqualTo(302);
		assertThat(found.headers().firstValue("Location").orElseThrow()).contains(somchai.ref().value());
	}

}
