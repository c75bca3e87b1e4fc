package org.cirm.agency.internal.sandbox;

import java.util.Set;

import org.cirm.agency.PensionRegistry;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Comptroller General's pension register: pensioners in
 * {@code sandbox/cgd-pensioners.json}.
 */
@Component
@Profile("demo")
class SimulatedPensionRegistry implements SimulatedAgency {

	record Pensioner(String nationalId, String note) {
	}

	private final Set<String> pensioners;

	SimulatedPensionRegistry(ObjectMapper json) {
		this.pensioners = Set.copyOf(DemoData.read(json, "cgd-pensioners.json", Pensioner.class)
			.stream()
			.map(Pensioner::nationalId)
			.toList());
	}

	@Override
	public String code() {
		return PensionRegistry.AGENCY;
	}

	@Override
	public Object answer(String path, JsonNode request, String idempotencyKey) {
		if (!path.equals("/pensions/lookup")) {
			return null;
		}
		return new PensionRegistry.PensionStatus(this.pensioners.contains(request.path("nationalId").asText()));
	}

}
