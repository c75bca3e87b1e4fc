package org.cirm.agency.internal.sandbox;

import org.cirm.agency.LocalAdministration;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The municipality's permit system: receives food-premises applications, and after the
 * sandbox's callback delay posts its decision: granted, unless the floor area is over 200
 * m² (the demo's stand-in for "needs a full building inspection first"); registers
 * elderly allowances for payment.
 */
@Component
@Profile("demo")
class SimulatedLocalAdministration implements SimulatedAgency {

	private final SandboxCallbacks callbacks;

	SimulatedLocalAdministration(SandboxCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	@Override
	public String code() {
		return LocalAdministration.AGENCY;
	}

	@Override
	public Object answer(String path, JsonNode request, String idempotencyKey) {
		return switch (path) {
			case "/food-premises/applications" -> applyForFoodPermit(request, idempotencyKey);
			case "/elderly-allowance/registrations" ->
				new LocalAdministration.AllowanceRegistered(DemoData.number("EA-", idempotencyKey, 8));
			default -> null;
		};
	}

	private Object applyForFoodPermit(JsonNode request, String idempotencyKey) {
		int area = request.path("floorAreaSquareMetres").asInt();
		if (area < 1) {
			throw new Rejection("INVALID_AREA", "The floor area must be at least 1 square metre");
		}
		String applicationNumber = DemoData.number("FP-", idempotencyKey, 6);
		this.callbacks.later(code(), LocalAdministration.PERMIT_DECIDED, idempotencyKey,
				area <= 200 ? "GRANTED" : "REFUSED", applicationNumber);
		return new LocalAdministration.ApplicationReceived(applicationNumber);
	}

}
