package org.cirm.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.cirm.agency.internal.AgencyClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The civil registry connector against a registry stubbed at the HTTP level. */
class CivilRegistryTest {

	private static final String ID = "1101700230074";

	@RegisterExtension
	static WireMockExtension dopa = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CivilRegistry registry = new CivilRegistry(
			new AgencyDirectory(List.of(new Agency("dopa", "กรมการปกครอง", "DOPA",
					new Agency.System(dopa.baseUrl() + "/linkage", Duration.ofMillis(500), Duration.ofMillis(500))))),
			new AgencyClients());

	@Test
	void readsThePersonTheRegistryReturns() {
		dopa.stubFor(post("/linkage/persons/lookup").withRequestBody(equalToJson("{\"nationalId\":\"" + ID + "\"}"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(
						"{\"firstNameTh\":\"สมชาย\",\"lastNameTh\":\"ใจดี\",\"birthDate\":\"1960-04-13\",\"alive\":true}")));

		assertThat(this.registry.person(ID))
			.contains(new CivilRegistry.Person("สมชาย", "ใจดี", LocalDate.of(1960, 4, 13), true));
		dopa.verify(postRequestedFor(urlEqualTo("/linkage/persons/lookup")));
	}

	@Test
	void anUnknownPersonIsAnAnswerNotAFailure() {
		dopa.stubFor(post("/linkage/persons/lookup").willReturn(aResponse().withStatus(404)));

		assertThat(this.registry.person(ID)).isEmpty();
	}

	@Test
	void aServerErrorIsATechnicalFailure() {
		dopa.stubFor(post("/linkage/persons/lookup").willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> this.registry.person(ID)).isInstanceOf(AgencyUnavailableException.class)
			.hasMessageContaining("did not answer");
	}

	@Test
	void aSlowRegistryTimesOutAsATechnicalFailure() {
		dopa.stubFor(post("/linkage/persons/lookup").willReturn(aResponse().withFixedDelay(2000).withStatus(200)));

		assertThatThrownBy(() -> this.registry.person(ID)).isInstanceOf(AgencyUnavailableException.class);
	}

	@Test
	void aResetConnectionIsATechnicalFailure() {
		dopa.stubFor(post("/linkage/persons/lookup").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatThrownBy(() -> this.registry.person(ID)).isInstanceOf(AgencyUnavailableException.class)
			.message()
			.doesNotContain(ID);
	}

}
