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
import org.springframework.test.context.TestPropertySource;

/** With the civil registry failing every call, registration says so and saves nothing. */
@CirmWebTest
@TestPropertySource(properties = "cirm.sandbox.failure-rate=1")
class CitizenRegistrationWhileRegistryDownTest {

	@LocalServerPort
	int port;

	@Autowired
	CitizenRegistry registry;

	@Test
	void answers503AndRegistersNothing() {
		Browser counter = new Browser(this.port);
		counter.login("counter", "demo");
		String id = NationalId.completing("150020099887").fullDigits();

		HttpResponse<String> refused = counter.postJson("/officer/api/citizens", """
				{"nationalId":"%s","firstNameTh":"วันดี","lastNameTh":"ศรีสุข","birthDate":"1990-12-05",
				 "purpose":"SERVICE_REQUEST"}
				""".formatted(id));

		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.body()).contains("nothing was saved", "กรุณาลองใหม่").doesNotContain(id);
		assertThat(this.registry.find(NationalId.parse(id))).isEmpty();
	}

}
