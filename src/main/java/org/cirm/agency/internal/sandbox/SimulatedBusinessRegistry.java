package org.cirm.agency.internal.sandbox;

import java.util.List;

import org.cirm.agency.BusinessRegistry;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * DBD's registry: refuses the names of the businesses in {@code sandbox/businesses.json}
 * ({@code NAME_TAKEN}) and registers any other.
 */
@Component
@Profile("demo")
class SimulatedBusinessRegistry implements SimulatedAgency {

	record Business(String registrationNumber, String nameTh, boolean vatRegistered) {
	}

	private final List<Business> registered;

	SimulatedBusinessRegistry(ObjectMapper json) {
		this.registered = DemoData.read(json, "businesses.json", Business.class);
	}

	@Override
	public String code() {
		return BusinessRegistry.AGENCY;
	}

	@Override
	public Object answer(String path, JsonNode request, String idempotencyKey) {
		if (!path.equals("/registrations")) {
			return null;
		}
		String name = request.path("businessNameTh").asText().strip();
		if (this.registered.stream().anyMatch(business -> business.nameTh().equals(name))) {
			throw new Rejection("NAME_TAKEN", "A business of this name is already registered");
		}
		return new BusinessRegistry.Registered(DemoData.number("0105569", idempotencyKey, 6));
	}

}
