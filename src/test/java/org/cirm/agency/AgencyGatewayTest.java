package org.cirm.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.cirm.agency.internal.AgencyCircuitBreakers;
import org.cirm.agency.internal.AgencyClients;
import org.cirm.agency.internal.AgencyCredentials;
import org.cirm.agency.internal.AgencyGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/**
 * What every connector shares: lookups outside processes, the circuit breaker, the on/off
 * switch.
 */
class AgencyGatewayTest {

	private static final String SOMCHAI = "1101700230074";

	@RegisterExtension
	static WireMockExtension agencies = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void aPersonTheRegistryDoesNotKnowIsAnAnswerNotAFailure() {
		agencies.stubFor(post("/dopa/persons/lookup").willReturn(aResponse().withStatus(404)));

		assertThat(Connectors.against(agencies.baseUrl()).civilRegistry().person(SOMCHAI)).isEmpty();
	}

	@Test
	void aProblemWithoutACodeIsNotMistakenForTheAgencysNo() {
		agencies.stubFor(post("/dbd/registrations").willReturn(AgencyConnectorsTest.json(422, "{\"detail\":\"?\"}")));
		var registry = Connectors.against(agencies.baseUrl()).businessRegistry();

		assertThatThrownBy(() -> registry.register()
			.call("k", new BusinessRegistry.Registration("R-1", SOMCHAI, "ร้าน", "Shop", "RESTAURANT", "Bangkok")))
			.isInstanceOf(AgencyUnavailableException.class);
	}

	@Test
	void afterRepeatedFailuresTheCircuitOpensAndCallsFailAtOnceWithoutReachingTheAgency() {
		agencies.stubFor(post("/cgd/pensions/lookup").willReturn(aResponse().withStatus(503)));
		var connectors = Connectors.againstWithBreaker(agencies.baseUrl(),
				CircuitBreakerConfig.custom()
					.slidingWindowSize(4)
					.minimumNumberOfCalls(4)
					.waitDurationInOpenState(Duration.ofMinutes(1))
					.recordExceptions(AgencyUnavailableException.class)
					.build());
		var pensions = connectors.pensionRegistry().checkPension();
		var lookup = new PensionRegistry.PensionLookup(SOMCHAI);

		for (int call = 0; call < 6; call++) {
			assertThatThrownBy(() -> pensions.call("k", lookup)).isInstanceOf(AgencyUnavailableException.class);
		}

		agencies.verify(4, postRequestedFor(urlEqualTo("/cgd/pensions/lookup")));
		assertThat(connectors.breakers.stateOf(connectors.directory.find("cgd").orElseThrow()))
			.isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void theAgencysNoDoesNotOpenTheCircuit() {
		agencies
			.stubFor(post("/sso/employers").willReturn(AgencyConnectorsTest.json(422, "{\"code\":\"NO_EMPLOYEES\"}")));
		var connectors = Connectors.againstWithBreaker(agencies.baseUrl(),
				CircuitBreakerConfig.custom()
					.slidingWindowSize(2)
					.minimumNumberOfCalls(2)
					.recordExceptions(AgencyUnavailableException.class)
					.build());
		var employers = connectors.socialSecurity().registerEmployer();

		for (int call = 0; call < 4; call++) {
			assertThatThrownBy(() -> employers.call("k", new SocialSecurity.EmployerRegistration("R-1", "0105", 0)))
				.isInstanceOf(AgencyRejectedException.class);
		}

		agencies.verify(4, postRequestedFor(urlEqualTo("/sso/employers")));
	}

	@Test
	void anAgencyWithoutASystemUrlOutsideTheDemoFailsNamingTheSettingToSet() {
		var directory = new AgencyDirectory(List.of(new Agency("dbd", "กรมพัฒนาธุรกิจการค้า", "DBD",
				new Agency.System("/sandbox/agencies/dbd", Duration.ofSeconds(1), Duration.ofSeconds(1)))));
		var gateway = new AgencyGateway(directory, new AgencyClients(false, RestClient.builder()),
				new AgencyCredentials(new MockEnvironment()), new AgencyCircuitBreakers());

		assertThatThrownBy(() -> new BusinessRegistry(gateway).register()
			.call("k", new BusinessRegistry.Registration("R-1", SOMCHAI, "ร้าน", "Shop", "RESTAURANT", "Bangkok")))
			.isInstanceOf(AgencyUnavailableException.class)
			.hasMessageContaining("set CIRM_AGENCY_DBD_URL");
	}

	@Test
	void anEmptySystemUrlIsTheSameMissingSetting() {
		var directory = new AgencyDirectory(List.of(new Agency("rd", "กรมสรรพากร", "RD",
				new Agency.System("", Duration.ofSeconds(1), Duration.ofSeconds(1)))));
		var gateway = new AgencyGateway(directory, new AgencyClients(true, RestClient.builder()),
				new AgencyCredentials(new MockEnvironment()), new AgencyCircuitBreakers());

		assertThatThrownBy(() -> new RevenueDepartment(gateway).registerForVat()
			.call("k", new RevenueDepartment.VatRegistration("R-1", "0105569000123", "ร้าน", 1)))
			.isInstanceOf(AgencyUnavailableException.class)
			.hasMessageContaining("set CIRM_AGENCY_RD_URL");
	}

	@Test
	void anAgencySwitchedOffInTheDirectoryIsNotCalledAndTheCallCanBeRetriedLater() {
		var centre = Connectors.disabled(agencies.baseUrl()).complaintCentre().registerCase();

		assertThatThrownBy(() -> centre.call("k", new ComplaintCentre.CaseReport("R-1", "OTHER", "Bangkok")))
			.isInstanceOf(AgencyUnavailableException.class)
			.hasMessageContaining("switched off");
		agencies.verify(0, postRequestedFor(urlEqualTo("/complaint-centre/cases")));
	}

}
