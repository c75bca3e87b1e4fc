package org.cirm.agency.internal.sandbox;

import org.cirm.agency.ComplaintCentre;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Damrongdhama centre's case register: gives every reported complaint a case number.
 */
@Component
@Profile("demo")
class SimulatedComplaintCentre implements SimulatedAgency {

	@Override
	public String code() {
		return ComplaintCentre.AGENCY;
	}

	@Override
	public Object answer(String path, JsonNode request, String idempotencyKey) {
		if (!path.equals("/cases")) {
			return null;
		}
		return new ComplaintCentre.CaseRegistered(DemoData.number("1111-", idempotencyKey, 7));
	}

}
