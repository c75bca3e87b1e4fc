package org.cirm.agency;

import java.time.Duration;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.cirm.agency.internal.AgencyCircuitBreakers;
import org.cirm.agency.internal.AgencyClients;
import org.cirm.agency.internal.AgencyCredentials;
import org.cirm.agency.internal.AgencyGateway;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/**
 * Every connector, wired as in the platform but pointed at one stub server (each agency
 * under {@code /<code>}), with short timeouts and API keys {@code key-<code>}.
 */
final class Connectors {

	final AgencyDirectory directory;

	final AgencyCircuitBreakers breakers;

	final AgencyGateway gateway;

	private Connectors(String baseUrl, CircuitBreakerConfig breaker, boolean enabled) {
		this.directory = new AgencyDirectory(
				List.of("complaint-centre", "dopa", "dbd", "municipality", "rd", "sso", "cgd", "payment")
					.stream()
					.map(code -> new Agency(code, "หน่วยงาน " + code, "Agency " + code, enabled,
							new Agency.System(baseUrl + "/" + code, "KEY_" + code, "SECRET_" + code,
									Duration.ofMillis(500), Duration.ofMillis(500))))
					.toList());
		MockEnvironment environment = new MockEnvironment();
		this.directory.agencies()
			.forEach(agency -> environment.setProperty("KEY_" + agency.code(), "key-" + agency.code()));
		this.breakers = new AgencyCircuitBreakers(breaker);
		this.gateway = new AgencyGateway(this.directory, new AgencyClients(false, RestClient.builder()),
				new AgencyCredentials(environment), this.breakers);
	}

	/** The connectors over a running platform's own gateway. */
	private Connectors(AgencyGateway gateway, AgencyDirectory directory) {
		this.directory = directory;
		this.breakers = null;
		this.gateway = gateway;
	}

	static Connectors of(AgencyGateway gateway, AgencyDirectory directory) {
		return new Connectors(gateway, directory);
	}

	static Connectors against(String baseUrl) {
		return new Connectors(baseUrl, CircuitBreakerConfig.ofDefaults(), true);
	}

	static Connectors againstWithBreaker(String baseUrl, CircuitBreakerConfig breaker) {
		return new Connectors(baseUrl, breaker, true);
	}

	static Connectors disabled(String baseUrl) {
		return new Connectors(baseUrl, CircuitBreakerConfig.ofDefaults(), false);
	}

	CivilRegistry civilRegistry() {
		return new CivilRegistry(this.gateway);
	}

	BusinessRegistry businessRegistry() {
		return new BusinessRegistry(this.gateway);
	}

	LocalAdministration localAdministration() {
		return new LocalAdministration(this.gateway);
	}

	RevenueDepartment revenueDepartment() {
		return new RevenueDepartment(this.gateway);
	}

	SocialSecurity socialSecurity() {
		return new SocialSecurity(this.gateway);
	}

	PensionRegistry pensionRegistry() {
		return new PensionRegistry(this.gateway);
	}

	PaymentGateway paymentGateway() {
		return new PaymentGateway(this.gateway);
	}

	ComplaintCentre complaintCentre() {
		return new ComplaintCentre(this.gateway);
	}

}
