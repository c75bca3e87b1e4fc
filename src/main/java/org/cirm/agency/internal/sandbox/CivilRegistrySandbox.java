package org.cirm.agency.internal.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cirm.agency.CivilRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A stand-in for the civil registry in the demo, served over real HTTP with deterministic
 * people ({@code sandbox/dopa-persons.json}), some latency, and a switch to make it fail.
 * Demo only.
 */
@RestController
@Profile("demo")
class CivilRegistrySandbox {

	record Lookup(String nationalId) {

		@Override
		public String toString() {
			return "Lookup[nationalId=(hidden)]";
		}

	}

	record Entry(String nationalId, String firstNameTh, String lastNameTh, String birthDate, boolean alive) {
	}

	private final Map<String, CivilRegistry.Person> people;

	private final Duration latency;

	private final double failureRate;

	CivilRegistrySandbox(ObjectMapper json, @Value("${cirm.sandbox.latency:0ms}") Duration latency,
			@Value("${cirm.sandbox.failure-rate:0}") double failureRate) throws IOException {
		try (InputStream data = new ClassPathResource("sandbox/dopa-persons.json").getInputStream()) {
			List<Entry> entries = json.readValue(data, new TypeReference<>() {
			});
			this.people = entries.stream()
				.collect(Collectors.toMap(Entry::nationalId,
						entry -> new CivilRegistry.Person(entry.firstNameTh(), entry.lastNameTh(),
								java.time.LocalDate.parse(entry.birthDate()), entry.alive()),
						(first, second) -> first));
		}
		this.latency = latency;
		this.failureRate = failureRate;
	}

	@PostMapping("/sandbox/agencies/dopa/persons/lookup")
	ResponseEntity<CivilRegistry.Person> lookUp(@RequestBody Lookup lookup) throws InterruptedException {
		Thread.sleep(this.latency.toMillis());
		if (ThreadLocalRandom.current().nextDouble() < this.failureRate) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
		}
		return ResponseEntity.of(java.util.Optional.ofNullable(this.people.get(lookup.nationalId())));
	}

}
