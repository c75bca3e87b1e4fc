package org.cirm.agency;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The connector to the Social Security Office: registers an employer. It may answer
 * {@code NO_EMPLOYEES} (an employer with no employees need not register).
 */
@Component
public class SocialSecurity {

	public static final String AGENCY = "sso";

	public record EmployerRegistration(String requestRef, String businessRegistrationNumber, int employees) {
	}

	public record EmployerRegistered(String employerAccountNumber) {
	}

	private final AgencyOperation<EmployerRegistration, EmployerRegistered> registerEmployer;

	SocialSecurity(AgencyGateway gateway) {
		this.registerEmployer = gateway.operation(AGENCY, "register-employer", "/employers", EmployerRegistered.class);
	}

	public AgencyOperation<EmployerRegistration, EmployerRegistered> registerEmployer() {
		return this.registerEmployer;
	}

}
