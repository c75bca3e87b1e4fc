package org.cirm.agency;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The connector to the Comptroller General's Department: does this person receive a
 * government pension (which rules out the elderly allowance)? The national ID travels in
 * the body only.
 */
@Component
public class PensionRegistry {

	public static final String AGENCY = "cgd";

	public record PensionLookup(String nationalId) {

		@Override
		public String toString() {
			return "PensionLookup[nationalId=(hidden)]";
		}

	}

	public record PensionStatus(boolean receivesGovernmentPension) {
	}

	private final AgencyOperation<PensionLookup, PensionStatus> checkPension;

	PensionRegistry(AgencyGateway gateway) {
		this.checkPension = gateway.operation(AGENCY, "check-pension", "/pensions/lookup", PensionStatus.class);
	}

	public AgencyOperation<PensionLookup, PensionStatus> checkPension() {
		return this.checkPension;
	}

}
