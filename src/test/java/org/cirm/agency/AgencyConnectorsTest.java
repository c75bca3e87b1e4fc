package org.cirm.agency;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every agency connector against its agency stubbed at the HTTP level: the answer, the
 * agency's "no", and each kind of technical failure.
 */
class AgencyConnectorsTest {

	private static final String KEY = "2f1b6c1e-6a43-4c55-9b0e-000000000001";

	@RegisterExtension
	static WireMockExtension agencies = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	/** One connector operation, what it sends and what its agency answers. */
	record Case(String name, Function<Connectors, AgencyOperation<?, ?>> operation, Object request, String path,
			String answer, Object expected, String rejection) {

		@Override
		public String toString() {
			return this.name;
		}

		@SuppressWarnings("unchecked")
		Object call(Connectors connectors) {
			return ((AgencyOperation<Object, Object>) this.operation.apply(connectors)).call(KEY, this.request);
		}

	}

	static Stream<Case> connectors() {
		return Stream.of(new Case("civil registry", c -> c.civilRegistry().lookUp(),
				new CivilRegistry.Lookup("1101700230074"), "/dopa/persons/lookup",
				"{\"firstNameTh\":\"สมชาย\",\"lastNameTh\":\"ใจดี\",\"birthDate\":\"1960-04-13\",\"alive\":true}",
				new CivilRegistry.Person("สมชาย", "ใจดี", LocalDate.of(1960, 4, 13), true), "DECEASED"),
				new Case("business registry", c -> c.businessRegistry().register(),
						new BusinessRegistry.Registration("R-1", "1101700230074", "ครัวสมชาย", "Somchai Kitchen",
								"RESTAURANT", "Bangkok"),
						"/dbd/registrations", "{\"registrationNumber\":\"0105569123456\"}",
						new BusinessRegistry.Registered("0105569123456"), "NAME_TAKEN"),
				new Case("local administration", c -> c.localAdministration().applyForFoodPermit(),
						new LocalAdministration.FoodPremisesApplication("R-1", "ครัวสมชาย", "Bangkok", "Phra Nakhon",
								80),
						"/municipality/food-premises/applications", "{\"applicationNumber\":\"FP-000123\"}",
						new LocalAdministration.ApplicationReceived("FP-000123"), "INVALID_AREA"),
				new Case("local administration (elderly allowance)", c -> c.localAdministration().registerAllowance(),
						new LocalAdministration.AllowanceRegistration("R-1", "1101700230074",
								LocalAdministration.PaymentMethod.BANK_TRANSFER),
						"/municipality/elderly-allowance/registrations", "{\"allowanceNumber\":\"EA-00000042\"}",
						new LocalAdministration.AllowanceRegistered("EA-00000042"), "ALREADY_REGISTERED"),
				new Case("revenue department", c -> c.revenueDepartment().registerForVat(),
						new RevenueDepartment.VatRegistration("R-1", "0105569123456", "ครัวสมชาย", 2_400_000),
						"/rd/vat/registrations", "{\"vatNumber\":\"0105569123456\"}",
						new RevenueDepartment.VatRegistered("0105569123456"), "ALREADY_REGISTERED"),
				new Case("social security", c -> c.socialSecurity().registerEmployer(),
						new SocialSecurity.EmployerRegistration("R-1", "0105569123456", 4), "/sso/employers",
						"{\"employerAccountNumber\":\"10-12345678\"}",
						new SocialSecurity.EmployerRegistered("10-12345678"), "NO_EMPLOYEES"),
				new Case("pension registry", c -> c.pensionRegistry().checkPension(),
						new PensionRegistry.PensionLookup("1700100555669"), "/cgd/pensions/lookup",
						"{\"receivesGovernmentPension\":true}", new PensionRegistry.PensionStatus(true),
						"UNKNOWN_PERSON"),
				new Case("payment gateway", c -> c.paymentGateway().openPayment(),
						new PaymentGateway.PaymentOrder("R-1", 50_000, "ค่าธรรมเนียมใบอนุญาต"), "/payment/payments",
						"{\"paymentReference\":\"PAY-0000000042\"}", new PaymentGateway.PaymentOpened("PAY-0000000042"),
						"INVALID_AMOUNT"),
				new Case("complaint centre", c -> c.complaintCentre().registerCase(),
						new ComplaintCentre.CaseReport("R-1", "ROAD_AND_TRAFFIC", "Bangkok"), "/complaint-centre/cases",
						"{\"caseNumber\":\"1111-0000042\"}", new ComplaintCentre.CaseRegistered("1111-0000042"),
						"OUT_OF_SCOPE"));
	}

	private final Connectors connectors = Connectors.against(agencies.baseUrl());

	@ParameterizedTest(name = "{0}")
	@MethodSource("connectors")
	void sendsTheRequestAsJsonWithItsIdempotencyKeyAndApiKeyAndReadsTheAnswer(Case connector) throws Exception {
		String agency = connector.path().split("/")[1];
		agencies.stubFor(post(connector.path()).withHeader("Idempotency-Key", equalTo(KEY))
			.withHeader("Authorization", equalTo("Bearer key-" + agency))
			.withRequestBody(
					equalToJson(new ObjectMapper().findAndRegisterModules().writeValueAsString(connector.request())))
			.willReturn(json(200, connector.answer())));

		assertThat(connector.call(this.connectors)).isEqualTo(connector.expected());
		agencies.verify(1, postRequestedFor(urlEqualTo(connector.path())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("connectors")
	void theAgencysNoIsARejectionWithTheAgencysCode(Case connector) {
		agencies.stubFor(post(connector.path())
			.willReturn(json(422, "{\"code\":\"" + connector.rejection() + "\",\"detail\":\"no\"}")));

		assertThatThrownBy(() -> connector.call(this.connectors)).isInstanceOf(AgencyRejectedException.class)
			.extracting(no -> ((AgencyRejectedException) no).code())
			.isEqualTo(connector.rejection());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("connectors")
	void notFoundIsARejection(Case connector) {
		agencies.stubFor(post(connector.path()).willReturn(aResponse().withStatus(404)));

		assertThatThrownBy(() -> connector.call(this.connectors)).isInstanceOf(AgencyRejectedException.class)
			.extracting(no -> ((AgencyRejectedException) no).code())
			.isEqualTo(AgencyRejectedException.NOT_FOUND);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("connectors")
	void aServerErrorIsATechnicalFailure(Case connector) {
		agencies.stubFor(post(connector.path()).willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> connector.call(this.connectors)).isInstanceOf(AgencyUnavailableException.class)
			.hasMessageContaining("did not answer");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("connectors")
	void aSlowAgencyTimesOutAsATechnicalFailure(Case connector) {
		agencies.stubFor(post(connector.path()).willReturn(json(200, connector.answer()).withFixedDelay(1500)));

		assertThatThrownBy(() -> connector.call(this.connectors)).isInstanceOf(AgencyUnavailableException.class);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("connectors")
	void aResetConnectionIsATechnicalFailureThatNamesNoCitizen(Case connector) {
		agencies.stubFor(post(connector.path()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatThrownBy(() -> connector.call(this.connectors)).isInstanceOf(AgencyUnavailableException.class)
			.message()
			.doesNotContain("1101700230074")
			.doesNotContain("1700100555669");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("connectors")
	void refusedCredentialsAreATechnicalFailureForAnOperatorNotANoForTheCitizen(Case connector) {
		agencies.stubFor(post(connector.path()).willReturn(aResponse().withStatus(401)));

		assertThatThrownBy(() -> connector.call(this.connectors)).isInstanceOf(AgencyUnavailableException.class);
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
