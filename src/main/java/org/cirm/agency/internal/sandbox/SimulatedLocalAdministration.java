package org.cirm.agency.internal.sandbox;

import org.cirm.agency.LocalAdministration;
import org.cirm.platform.Texts;
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

	/** The largest floor area the simulated municipality grants a permit for, in m². */
	static final int MAX_FLOOR_AREA = 200;

	/** Its reason for refusing a larger one, as its officers would write it. */
	private static final String REFUSAL_REASON = Texts.of("sandbox.permit-refused", MAX_FLOOR_AREA).toString();

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
			case "/zoning-checks" -> checkZoning(request);
			default -> null;
		};
	}

	/**
	 * The zoning check a model may call without Java ({@code check-zoning}): a spot on a
	 * main road is refused, anything else is in the commercial zone.
	 */
	private static Object checkZoning(JsonNode request) {
		String location = request.path("location").asText("");
		if (location.isBlank()) {
			throw new Rejection("NO_LOCATION", "The location is required");
		}
		if (location.toLowerCase(java.util.Locale.ROOT).contains("main road") || location.contains("ถนนใหญ่")) {
			throw new Rejection("ZONE_FORBIDDEN", Texts.of("sandbox.zone-forbidden").toString());
		}
		return java.util.Map.of("zoneCode", "C-2");
	}

	private Object applyForFoodPermit(JsonNode request, String idempotencyKey) {
		int area = request.path("floorAreaSquareMetres").asInt();
		if (area < 1) {
			throw new Rejection("INVALID_AREA", "The floor area must be at least 1 square metre");
		}
		String applicationNumber = DemoData.number("FP-", idempotencyKey, 6);
		if (area <= MAX_FLOOR_AREA) {
			this.callbacks.later(code(), LocalAdministration.PERMIT_DECIDED, idempotencyKey, "GRANTED",
					applicationNumber);
		}
		else {
			this.callbacks.later(code(), LocalAdministration.PERMIT_DECIDED, idempotencyKey, "REFUSED",
					applicationNumber, REFUSAL_REASON);
		}
		return new LocalAdministration.ApplicationReceived(applicationNumber);
	}

}
