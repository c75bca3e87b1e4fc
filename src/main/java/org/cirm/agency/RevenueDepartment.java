package org.cirm.agency;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The connector to the Revenue Department: registers a business for value added tax. It
 * may answer {@code ALREADY_REGISTERED}.
 */
@Component
public class RevenueDepartment {

	public static final String AGENCY = "rd";

	/** The taxpayer is identified by the business registration number DBD gave. */
	public record VatRegistration(String requestRef, String businessRegistrationNumber, String businessNameTh,
			long expectedAnnualTurnoverBaht) {
	}

	public record VatRegistered(String vatNumber) {
	}

	private final AgencyOperation<VatRegistration, VatRegistered> registerForVat;

	RevenueDepartment(AgencyGateway gateway) {
		this.registerForVat = gateway.operation(AGENCY, "register-vat", "/vat/registrations", VatRegistered.class);
	}

	public AgencyOperation<VatRegistration, VatRegistered> registerForVat() {
		return this.registerForVat;
	}

}
