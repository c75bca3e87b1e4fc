package org.cirm.agency;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The connector to the civil registry (DOPA linkage: a person by national ID). The ID
 * travels in the request body, never in a URL or a log line. "Not found" is an answer; a
 * timeout or an error of the registry is an {@link AgencyUnavailableException}.
 */
@Component
public class CivilRegistry {

	public static final String AGENCY = "dopa";

	/** The question: who has this national ID. */
	public record Lookup(String nationalId) {

		@Override
		public String toString() {
			return "Lookup[nationalId=(hidden)]";
		}

	}

	/** A person as the civil registry records them. */
	public record Person(String firstNameTh, String lastNameTh, LocalDate birthDate, boolean alive) {

	}

	private final AgencyOperation<Lookup, Person> lookUp;

	CivilRegistry(AgencyGateway gateway) {
		this.lookUp = gateway.operation(AGENCY, "look-up-person", "/persons/lookup", Person.class);
	}

	/** The operation, for process steps (through {@link AgencyHandoffs}). */
	public AgencyOperation<Lookup, Person> lookUp() {
		return this.lookUp;
	}

	/** A lookup outside any process, e.g. when a counter registers a citizen. */
	public Optional<Person> person(String nationalId) {
		try {
			return Optional.of(this.lookUp.call(UUID.randomUUID().toString(), new Lookup(nationalId)));
		}
		catch (AgencyRejectedException notFound) {
			if (AgencyRejectedException.NOT_FOUND.equals(notFound.code())) {
				return Optional.empty();
			}
			throw notFound;
		}
	}

}
