package org.cirm.tracking.internal;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cirm.citizen.Citizens;
import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as a citizen uses it without a login: the application page built from the
 * service's start form, refusals explained in Thai and English with what was typed kept,
 * the confirmation with the tracking code, and the tracking page.
 */
@CirmWebTest
class PortalPagesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void noEarlierFailures() {
		this.jdbc.update("delete from tracking_failure");
	}

	@Test
	void theApplicationPageIsTheServicesOwnStartForm() {
		HttpResponse<String> page = new Browser(this.port).get("/services/complaint/apply");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("name=\"field.category\"", "name=\"field.subject\"", "name=\"field.details\"",
					"name=\"nationalId\"", "เรื่อง", "Subject")
			.doesNotContain("field.citizenRef", "field.channel");
		assertThat(new Browser(this.port).get("/services/elderly-allowance/apply").statusCode())
			.as("a counter-only service")
			.isEqualTo(404);
	}

	@Test
	void aCitizenAppliesGetsTheCodeAndFollowsTheRequest() {
		Browser citizen = new Browser(this.port);
		Map<String, String> form = complaint(citizen, Citizens.idFrom("110170023007").fullDigits());
		int before = requests();

		HttpResponse<String> filed = citizen.postForm("/services/complaint/apply", form);
		assertThat(filed.statusCode()).isEqualTo(302);
		HttpResponse<String> again = citizen.postForm("/services/complaint/apply", form);
		assertThat(again.statusCode()).as("a second click").isEqualTo(302);
		assertThat(requests()).as("filed once").isEqualTo(before + 1);

		HttpResponse<String> receipt = citizen
			.get(filed.headers().firstValue("Location").orElseThrow().replaceFirst("^http://localhost:\\d+", ""));
		Matcher code = Pattern.compile("id=\"tracking-code\">([^<]+)<").matcher(receipt.body());
		assertThat(code.find()).as(receipt.body()).isTrue();
		assertThat(receipt.body()).contains("กำหนดพิจารณาแล้วเสร็จภายใน", "What happens next", "2569");

		Browser later = new Browser(this.port);
		HttpResponse<String> tracked = later.postForm("/track",
				Map.of("trackingCode", code.group(1), "nationalIdLastFour",
						Citizens.idFrom("110170023007").fullDigits().substring(9), "_csrf", csrf(later, "/track")));
		assertThat(tracked.statusCode()).isEqualTo(200);
		assertThat(tracked.body()).contains("กำลังดำเนินการ / In progress", "ขั้นต่อไป / Next")
			.doesNotContain(Citizens.idFrom("110170023007").fullDigits());

		HttpResponse<String> wrong = later.postForm("/track",
				Map.of("trackingCode", code.group(1), "nationalIdLastFour", "0000", "_csrf", csrf(later, "/track")));
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(wrong.body()).contains("ไม่พบคำขอ", "No request matches");
	}

	@Test
	void twoPostsOfThePageAtTheSameMomentFileOnceAndBothGetTheConfirmation() {
		Browser citizen = new Browser(this.port);
		Map<String, String> form = complaint(citizen, Citizens.idFrom("110170023007").fullDigits());
		int before = requests();

		List<HttpResponse<String>> answers = java.util.stream.Stream.of(1, 2)
			.map(i -> java.util.concurrent.CompletableFuture
				.supplyAsync(() -> citizen.postForm("/services/complaint/apply", form)))
			.toList()
			.stream()
			.map(java.util.concurrent.CompletableFuture::join)
			.toList();

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
		assertThat(requests()).isEqualTo(before + 1);
	}

	@Test
	void backAndSendAgainFilesNothingMoreAndTheConfirmationSurvivesAReload() {
		Browser citizen = new Browser(this.port);
		Map<String, String> form = complaint(citizen, Citizens.idFrom("110170023007").fullDigits());
		int before = requests();
		citizen.postForm("/services/complaint/apply", form);
		String code = codeOn(citizen.get("/applied"));

		assertThat(codeOn(citizen.get("/applied"))).as("a reload").isEqualTo(code);
		Map<String, String> again = complaint(citizen, Citizens.idFrom("110170023007").fullDigits());
		assertThat(again.get("submissionKey")).as("Back shows the same form session")
			.isEqualTo(form.get("submissionKey"));
		assertThat(citizen.postForm("/services/complaint/apply", again).statusCode()).isEqualTo(302);
		assertThat(codeOn(citizen.get("/applied"))).isEqualTo(code);
		assertThat(requests()).isEqualTo(before + 1);

		String another = citizen.get("/services/complaint/apply?another=true").body();
		assertThat(another).doesNotContain(form.get("submissionKey"));
	}

	@Test
	void aPageThatDoesNotExistIsTheSitesOwnPageNeverTheOfficersLogin() {
		Browser citizen = new Browser(this.port);

		for (String path : List.of("/services/no-such-service", "/services/no-such-service/apply", "/track/anything")) {
			HttpResponse<String> page = citizen.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).contains("ไม่พบหน้าที่ต้องการ", "This page does not exist");
		}
		HttpResponse<String> api = citizen.get("/api/services/no-such-service", "Accept", "application/json");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).contains("\"status\":404", "No such service");
		assertThat(citizen.get("/images/favicon.svg", "Accept", "image/*").statusCode()).isEqualTo(200);
	}

	private static String codeOn(HttpResponse<String> page) {
		Matcher code = Pattern.compile("id=\"tracking-code\">([^<]+)<").matcher(page.body());
		assertThat(code.find()).as(page.body()).isTrue();
		return code.group(1);
	}

	@Test
	void aRefusalSaysWhyInBothLanguagesAndKeepsWhatWasTyped() {
		Browser citizen = new Browser(this.port);
		Map<String, String> form = complaint(citizen, "1101700230071");
		form.put("field.subject", "");

		HttpResponse<String> refused = citizen.postForm("/services/complaint/apply", form);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("role=\"alert\"", "is required", "กรุณากรอก", "หลุมกว้างกลางถนน")
			.doesNotContain("Exception");
	}

	@Test
	void aBuddhistYearOrAnEnglishNameGetsAHintBesideTheFieldItIsAbout() {
		Browser citizen = new Browser(this.port);
		Map<String, String> form = complaint(citizen, "1101700230071");
		form.put("birthDate", "2503-04-13");
		form.put("firstNameTh", "Somchai");

		HttpResponse<String> refused = citizen.postForm("/services/complaint/apply", form);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"birthDate-error\"", "พ.ศ.", "(1960)", "id=\"firstNameTh-error\"",
				"ภาษาไทย", "in Thai", "aria-invalid=\"true\"");
	}

	private Map<String, String> complaint(Browser citizen, String nationalId) {
		String page = citizen.get("/services/complaint/apply").body();
		Matcher key = KEY.matcher(page);
		assertThat(key.find()).isTrue();
		Map<String, String> form = new HashMap<>(Map.of("_csrf", token(page), "submissionKey", key.group(1),
				"nationalId", nationalId, "firstNameTh", "สมชาย", "lastNameTh", "ใจดี", "birthDate", "1960-04-13",
				"phone", "0812345678", "preferredChannel", "SMS", "field.category", "ROAD_AND_TRAFFIC"));
		form.putAll(Map.of("field.subject", "ถนนชำรุด", "field.location", "ซอยราชดำเนิน 5", "field.province", "BANGKOK",
				"field.details", "หลุมกว้างกลางถนน"));
		return form;
	}

	private static String csrf(Browser browser, String path) {
		return token(browser.get(path).body());
	}

	private static String token(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private int requests() {
		return this.jdbc.queryForObject("select count(*) from service_request", Integer.class);
	}

}
