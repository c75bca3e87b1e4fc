package org.cirm.agency.internal.sandbox;

import org.cirm.agency.SocialSecurity;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/** The Social Security Office: registers employers that have employees. */
@Component
@Profile("demo")
class SimulatedSocialSecurity implements SimulatedAgency {

	@Override
	public String code() {
		return SocialSecurity.AGENCY;
	}

	@Override
	public Object answer(String path, JsonNode request, String idempotencyKey) {
		if (!path.equals("/employers")) {
			return null;
		}
		if (request.path("employees").asInt() < 1) {
			throw new Rejection("NO_EMPLOYEES", "An employer without employees need not register");
		}
		return new SocialSecurity.EmployerRegistered(DemoData.number("10-", idempotencyKey, 8));
	}

}
