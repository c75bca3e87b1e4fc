package org.cirm.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.NationalId;
import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Registering a citizen at the counter, verified against the civil registry: the demo's
 * sandbox, reached over HTTP like the real one.
 */
@CirmWebTest
class CitizenRegistrationTest {

	private static final String WANDEE = "1500200998874";

	private static final String BOONMEE_DECEASED = "3200600112236";

	@LocalServerPort
	int port;

	@Autowired
	CitizenRegistry registry;

	@Test
	void registersACitizenTheCivilRegistryConfirms() {
		Browser counter = counter();

		HttpResponse<String> created = counter.postJson("/officer/api/citizens",
				citizen(WANDEE, "วันดี", "ศรีสุข", "1990-12-05"));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String ref = created.body().replaceAll(".*\"ref\":\"([^\"]+)\".*", "$1");
		assertThat(
				counter.get("/officer/api/citizens/" + ref + "?purpose=SERVICE_REQUEST", "Accept", "application/json")
					.body())
			.contains("\"result\":\"VERIFIED\"", "ศรีสุข");
	}

	@Test
	void refusesWhatTheCivilRegistryDoesNotConfirmAndRegistersNothing() {
		assertRefused(citizen(WANDEE, "วันดี", "ศรีสุข", "1991-12-05"), "BIRTH_DATE_MISMATCH", "birth date");
		assertRefused(citizen(WANDEE, "วันดี", "ศรีสวย", "1990-12-05"), "NAME_MISMATCH", "name does not match");
		assertRefused(citizen(BOONMEE_DECEASED, "บุญมี", "มีสุข", "1948-09-30"), "DECEASED", "deceased");
		assertRefused(citizen(NationalId.completing("199999999999").fullDigits(), "ไม่มี", "ตัวตน", "1980-01-01"),
				"NOT_FOUND", "has no person");
		assertThat(this.registry.find(NationalId.parse(BOONMEE_DECEASED))).isEmpty();
	}

	@Test
	void saysWhichFieldsAreMissing() {
		HttpResponse<String> refused = counter().postJson("/officer/api/citizens",
				"{\"nationalId\":\"" + WANDEE + "\",\"purpose\":\"SERVICE_REQUEST\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("firstNameTh", "lastNameTh", "birthDate");
	}

	private void assertRefused(String citizen, String reason, String english) {
		HttpResponse<String> refused = counter().postJson("/officer/api/citizens", citizen);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(refused.body()).contains(reason, english, "ทะเบียนราษฎร");
	}

	private Browser counter() {
		Browser counter = new Browser(this.port);
		counter.login("counter", "demo");
		return counter;
	}

	private static String citizen(String nationalId, String first, String last, String birthDate) {
		return """
				{"nationalId":"%s","firstNameTh":"%s","lastNameTh":"%s","birthDate":"%s",
				 "phone":"0810000000","preferredChannel":"SMS","preferredLanguage":"th","purpose":"SERVICE_REQUEST"}
				""".formatted(nationalId, first, last, birthDate);
	}

}
