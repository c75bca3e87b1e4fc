package org.cirm.testing;

import java.util.HashMap;
import java.util.Map;

/** Form values of the complaint service, as an officer would enter them. */
public final class Complaints {

	private Complaints() {
	}

	public static Map<String, Object> potholeByHotline() {
		Map<String, Object> values = new HashMap<>();
		values.put("channel", "HOTLINE");
		values.put("category", "ROAD_AND_TRAFFIC");
		values.put("subject", "Deep pothole");
		values.put("location", "Municipal road 3");
		values.put("details", "A pothole half a metre deep in front of the market");
		return values;
	}

	public static Map<String, Object> forwardTo(String agency) {
		return Map.of("triageDecision", "FORWARD", "responsibleAgency", agency);
	}

	public static Map<String, Object> resolved() {
		return Map.of("handlingResult", "DONE", "actionTaken", "Crew filled the pothole", "evidenceRef",
				"photo P-0042");
	}

	public static Map<String, Object> accepted() {
		return Map.of("outcomeAccepted", true);
	}

}
