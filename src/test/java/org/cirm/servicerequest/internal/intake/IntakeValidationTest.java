package org.cirm.servicerequest.internal.intake;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that used to give 500 and lose the request, from the API, the portal and Open311:
 * each is now a 400 naming the field in Thai and English, nothing is filed, and the log
 * has one INFO line, no stack trace.
 */
@CirmWebTest
@ExtendWith(OutputCaptureExtension.class)
class IntakeValidationTest {

	private static final String SOMCHAI = "1101700230074";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void hugeNumbersAreRefusedByTheFormsBoundsNotByAnOverflow(CapturedOutput log) throws Exception {
		int before = requests();
		for (String area : new String[] { "\"1e30\"", "1e30", "\"99999999999999999999\"", "99999999999999999999",
				"\"1E+2147483647\"", "1E+2147483647", "\"-5\"", "\"0.0000001\"", "true", "\"twelve\"" }) {
			HttpResponse<String> refused = file(restaurant("\"floorAreaSquareMetres\": " + area));

			assertThat(refused.statusCode()).as(area).isEqualTo(400);
			assertThat(refused.body()).as(area).contains("\"field\":\"floorAreaSquareMetres\"", "พื้นที่ร้าน");
		}
		assertThat(requests()).isEqualTo(before);
		assertThat(log.getAll())
			.contains("Refused a API request for restaurant-opening (INVALID): [floorAreaSquareMetres]")
			.doesNotContain("ArithmeticException", "\tat org.cirm");
	}

	@Test
	void aTextFieldTakesTextOnly() throws Exception {
		for (String value : new String[] { "{}", "[\"a\"]", "true", "42", "\"ร้าน\\u0000ครัว\"",
				"\"ร้าน\\ud800ครัว\"" }) {
			HttpResponse<String> refused = file(restaurant("\"businessNameTh\": " + value));

			assertThat(refused.statusCode()).as(value).isEqualTo(400);
			assertThat(refused.body()).as(value).contains("\"field\":\"businessNameTh\"");
		}
		assertThat(file(restaurant("\"businessNameTh\": \"ร้าน 😀 ครัวคุณยาย\"")).statusCode())
			.as("a whole emoji is text")
			.isEqualTo(201);
	}

	@Test
	void contactDetailsLongerThanTheRegistryKeepsAreRefusedByName() throws Exception {
		HttpResponse<String> phone = file(restaurant("", "0812345678901234567890", null));
		assertThat(phone.statusCode()).isEqualTo(400);
		assertThat(phone.body()).contains("\"field\":\"applicant.phone\"", "หมายเลขโทรศัพท์");

		HttpResponse<String> email = file(restaurant("", "0812345678", "a".repeat(250) + "@example.org"));
		assertThat(email.statusCode()).isEqualTo(400);
		assertThat(email.body()).contains("\"field\":\"applicant.email\"", "อีเมล");

		assertThat(file(restaurant("", "0".repeat(1 << 20), null)).statusCode()).as("a 1 MB body").isEqualTo(413);
	}

	@Test
	void thePortalNamesTheFieldToo() {
		Browser citizen = new Browser(this.port);
		String page = citizen.get("/services/complaint/apply").body();
		Map<String, String> form = new HashMap<>(Map.of("_csrf", match("name=\"_csrf\" value=\"([^\"]+)\"", page),
				"submissionKey", match("name=\"submissionKey\" value=\"([^\"]+)\"", page), "nationalId", SOMCHAI,
				"firstNameTh", "สมชาย", "lastNameTh", "ใจดี", "birthDate", "1960-04-13", "phone", "0".repeat(1 << 20),
				"preferredChannel", "SMS", "field.category", "ROAD_AND_TRAFFIC"));
		form.putAll(Map.of("field.subject", "ถนนชำรุด", "field.location", "ซอย 5", "field.details", "หลุม\u0000ลึก"));

		HttpResponse<String> refused = citizen.postForm("/services/complaint/apply", form);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("หมายเลขโทรศัพท์", "The phone number", "is not text")
			.doesNotContain("Exception");
	}

	@Test
	void open311NamesTheFieldToo() throws Exception {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("api_key", "demo-key-open311");
		params.put("service_code", "restaurant-opening");
		params.put("national_id", SOMCHAI);
		params.put("first_name", "สมชาย");
		params.put("last_name", "ใจดี");
		params.put("birth_date", "1960-04-13");
		params.put("phone", "0812345678");
		params.put("attribute[businessNameTh]", "ร้านครัวคุณยาย");
		params.put("attribute[businessNameEn]", "Grandma's Kitchen");
		params.put("attribute[province]", "กรุงเทพมหานคร");
		params.put("attribute[district]", "พระนคร");
		params.put("attribute[floorAreaSquareMetres]", "1e30");
		params.put("attribute[employees]", "3");
		params.put("attribute[expectedAnnualTurnoverBaht]", "1200000");
		String body = params.entrySet()
			.stream()
			.map(param -> URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));

		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(uri("/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("floorAreaSquareMetres").doesNotContain("Exception");
	}

	private static String restaurant(String override) {
		return restaurant(override, "0812345678", null);
	}

	private static String restaurant(String override, String phone, String email) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("businessNameTh", "\"ร้านครัวคุณยาย\"");
		fields.put("businessNameEn", "\"Grandma's Kitchen\"");
		fields.put("province", "\"กรุงเทพมหานคร\"");
		fields.put("district", "\"พระนคร\"");
		fields.put("floorAreaSquareMetres", "\"45\"");
		fields.put("employees", "3");
		fields.put("expectedAnnualTurnoverBaht", "1200000");
		if (!override.isEmpty()) {
			String[] keyValue = override.split(": ", 2);
			fields.put(keyValue[0].replace("\"", ""), keyValue[1]);
		}
		String json = fields.entrySet()
			.stream()
			.map(field -> "\"" + field.getKey() + "\": " + field.getValue())
			.collect(Collectors.joining(", "));
		return """
				{"service": "restaurant-opening", "applicant": {"nationalId": "%s", "firstNameTh": "สมชาย",
				 "lastNameTh": "ใจดี", "birthDate": "1960-04-13", "phone": "%s", "email": %s,
				 "preferredChannel": "SMS"}, "fields": {%s}}""".formatted(SOMCHAI, phone,
				email == null ? "null" : "\"" + email + "\"", json);
	}

	private HttpResponse<String> file(String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri("/api/requests"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int requests() {
		return this.jdbc.queryForObject("select count(*) from service_request", Integer.class);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String match(String pattern, String page) {
		Matcher found = Pattern.compile(pattern).matcher(page);
		assertThat(found.find()).as(pattern).isTrue();
		return found.group(1);
	}

}
