package org.cirm.agency.internal.sandbox;

import java.util.Set;

import org.cirm.agency.RevenueDepartment;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Revenue Department's VAT registration: businesses of
 * {@code sandbox/businesses.json} marked VAT-registered are {@code ALREADY_REGISTERED}.
 */
@Component
@Profile("demo")
class SimulatedRevenueDepartment implements SimulatedAgency {

	private final Set<String> vatRegistered;

	SimulatedRevenueDepartment(ObjectMapper json) {
		this.vatRegistered = Set.copyOf(DemoData.read(json, "businesses.json", SimulatedBusinessRegistry.Business.class)
			.stream()
			.filter(SimulatedBusinessRegistry.Business::vatRegistered)
			.map(SimulatedBusinessRegistry.Business::registrationNumber)
			.toList());
	}

	@Override
	public String code() {
		return RevenueDepartment.AGENCY;
	}

	@Override
	public Object answer(String path, JsonNode request, String idempotencyKey) {
		if (!path.equals("/vat/registrations")) {
			return null;
		}
		if (this.vatRegistered.contains(request.path("businessRegistrationNumber").asText())) {
			throw new Rejection("ALREADY_REGISTERED", "This business is already registered for VAT");
		}
		return new RevenueDepartment.VatRegistered(DemoData.number("0105569", idempotencyKey, 6));
	}

}
