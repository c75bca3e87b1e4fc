package org.cirm.agency;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The connector to the Department of Business Development's registry: registers a
 * business (sole proprietor or company) for the restaurant-opening service. It may answer
 * {@code NAME_TAKEN}.
 */
@Component
public class BusinessRegistry {

	public static final String AGENCY = "dbd";

	/** A registration; the owner's national ID is for DBD only and never shown. */
	public record Registration(String requestRef, String ownerNationalId, String businessNameTh, String businessNameEn,
			String businessType, String province) {

		@Override
		public String toString() {
			return "Registration[requestRef=" + this.requestRef + ", businessType=" + this.businessType + "]";
		}

	}

	public record Registered(String registrationNumber) {
	}

	private final AgencyOperation<Registration, Registered> register;

	BusinessRegistry(AgencyGateway gateway) {
		this.register = gateway.operation(AGENCY, "register-business", "/registrations", Registered.class);
	}

	public AgencyOperation<Registration, Registered> register() {
		return this.register;
	}

}
