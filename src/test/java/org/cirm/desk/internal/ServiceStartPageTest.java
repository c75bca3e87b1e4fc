package org.cirm.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
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
 * From Citizen 360 an officer files a request for the citizen on screen: no reference
 * typed or pasted, the tracking code shown to read out with a printable receipt, the
 * applicant told like any channel, a second post of the same page filing nothing more.
 */
@CirmWebTest
class ServiceStartPageTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([A-Z0-9*~$=-]{17})<");

	@LocalServerPort
	int port;

	@Autowired
	CitizenRegistry registry;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCounterOfficerFilesAnAllowanceForTheCitizenOnScreenAndGetsTheCodeAndAReceipt() {
		Citizen somchai = this.registry.register(Citizens.somchai());
		Browser counter = new Browser(this.port);
		counter.login("counter", "demo");
		String citizenPage = counter.get("/officer/citizens/" + somchai.ref() + "?purpose=SERVICE_REQUEST").body();
		String start = "/officer/citizens/" + somchai.ref() + "/services/elderly-allowance";
		assertThat(citizenPage).contains(start).contains("ยื่นคำขอให้ประชาชนรายนี้");

		String form = counter.get(start).body();
		assertThat(form).contains("สมชาย ใจดี", "field.paymentMethod").doesNotContain("field.citizenRef");
		Map<String, String> posted = Map.of("submissionKey", field(form, "submissionKey"), "field.paymentMethod",
				"CASH", "_csrf", csrf(form));

		HttpResponse<String> filed = counter.postForm(start, posted);
		assertThat(filed.statusCode()).isEqualTo(302);
		assertThat(filed.headers().firstValue("Location").orElseThrow()).endsWith("/officer/started");
		String receipt = counter.get("/officer/started").body();
		Matcher code = CODE.matcher(receipt);
		assertThat(code.find()).as(receipt).isTrue();
		assertThat(receipt).contains("เบี้ยยังชีพ", "กำหนดพิจารณาแล้วเสร็จภายใน", "พิมพ์ใบรับคำขอ", "/track");

		// A second post of the same page (Back and send again) answers the same request.
		counter.postForm(start, posted);
		assertThat(counter.get("/officer/started").body()).contains(code.group(1));
		List<Map<String, Object>> requests = this.jdbc.queryForList(
				"select channel, citizen_ref, process_instance from service_request where tracking_code = ?",
				TrackingCode.parse(code.group(1)).orElseThrow().value());
		assertThat(requests).hasSize(1);
		assertThat(requests.get(0)).containsEntry("CHANNEL", "COUNTER")
			.containsEntry("CITIZEN_REF", somchai.ref().value());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification_outbox where process_instance = ? and template = 'request-received'",
				Integer.class, requests.get(0).get("PROCESS_INSTANCE")))
			.as("the applicant is told the code")
			.isEqualTo(1);
	}

	@Test
	void aHotlineOfficerIsOfferedWhatTheHotlineTakesAndAMissingFieldIsExplained() {
		Citizen somchai = this.registry.register(Citizens.somchai());
		Browser hotline = new Browser(this.port);
		hotline.login("hotline", "demo");
		String citizenPage = hotline.get("/officer/citizens/" + somchai.ref() + "?purpose=COMPLAINT_HANDLING").body();
		assertThat(citizenPage).contains("/services/complaint").doesNotContain("/services/elderly-allowance");
		assertThat(hotline.get("/officer/citizens/" + somchai.ref() + "/services/elderly-allowance").statusCode())
			.isEqualTo(404);

		String start = "/officer/citizens/" + somchai.ref() + "/services/complaint";
		String form = hotline.get(start).body();
		HttpResponse<String> refused = hotline.postForm(start, Map.of("submissionKey", field(form, "submissionKey"),
				"field.category", "ROAD_AND_TRAFFIC", "field.subject", "ถนนเป็นหลุม", "_csrf", csrf(form)));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("ถนนเป็นหลุม").contains("Details").contains("กรุณากรอก");
	}

	@Test
	void aReviewerSeesTheApplicantOfTheirTaskReadNowAndAuditedAndNobodyElseDoes() {
		Citizen somchai = this.registry.register(Citizens.somchai());
		Browser counter = new Browser(this.port);
		counter.login("counter", "demo");
		String start = "/officer/citizens/" + somchai.ref() + "/services/restaurant-opening";
		String form = counter.get(start).body();
		Map<String, String> fields = new java.util.HashMap<>(Map.of("submissionKey", field(form, "submissionKey"),
				"_csrf", csrf(form), "field.businessNameTh", "ครัวสมชาย", "field.businessNameEn", "Somchai Kitchen",
				"field.province", "Bangkok", "field.district", "Phra Nakhon", "field.floorAreaSquareMetres", "80"));
		fields.putAll(Map.of("field.employees", "4", "field.expectedAnnualTurnoverBaht", "1,500,000"));
		assertThat(counter.postForm(start, fields).statusCode()).isEqualTo(302);
		Matcher code = CODE.matcher(counter.get("/officer/started").body());
		assertThat(code.find()).isTrue();
		String process = this.jdbc.queryForObject(
				"select process_instance from service_request where tracking_code = ?", String.class,
				TrackingCode.parse(code.group(1)).orElseThrow().value());
		// The municipality's completeness check waits for it.
		String task = this.jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class,
				process);
		int audited = this.audit.about(somchai.ref().value()).size();

		Browser muni = new Browser(this.port);
		muni.login("muni", "demo");
		HttpResponse<String> shown = muni.get("/officer/api/tasks/" + task + "/applicant", "Accept",
				"application/json");
		Browser dopa = new Browser(this.port);
		dopa.login("hotline", "demo");
		HttpResponse<String> refused = dopa.get("/officer/api/tasks/" + task + "/applicant", "Accept",
				"application/json");

		assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
		assertThat(shown.body()).contains("สมชาย", "ราชดำเนิน", "0812345678").doesNotContain("1101700230074");
		assertThat(this.audit.about(somchai.ref().value())).hasSize(audited + 1);
		assertThat(refused.statusCode()).isEqualTo(404);
	}

	private static String csrf(String page) {
		return field(page, "_csrf");
	}

	private static String field(String page, String name) {
		Matcher value = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]+)\"").matcher(page);
		assertThat(value.find()).as(name).isTrue();
		return value.group(1);
	}

}
