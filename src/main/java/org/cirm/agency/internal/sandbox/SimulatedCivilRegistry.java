package org.cirm.agency.internal.sandbox;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cirm.agency.CivilRegistry;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** DOPA's linkage system: the people in {@code sandbox/dopa-persons.json}. */
@Component
@Profile("demo")
class SimulatedCivilRegistry implements SimulatedAgency {

	record Entry(String nationalId, String firstNameTh, String lastNameTh, LocalDate birthDate, boolean alive) {
	}

	private final Map<String, Entry> people;

	SimulatedCivilRegistry(ObjectMapper json) {
		this.people = DemoData.read(json, "dopa-persons.json", Entry.class)
			.stream()
			.collect(Collectors.toMap(Entry::nationalId, Function.identity()));
	}

	@Override
	public String code() {
		return CivilRegistry.AGENCY;
	}

	@Override
	public Object answer(String path, JsonNode request, String idempotencyKey) {
		if (!path.equals("/persons/lookup")) {
			return null;
		}
		Entry entry = this.people.get(request.path("nationalId").asText());
		if (entry == null) {
			throw new Rejection("NOT_FOUND", "No such person");
		}
		return new CivilRegistry.Person(entry.firstNameTh(), entry.lastNameTh(), entry.birthDate(), entry.alive());
	}

}
