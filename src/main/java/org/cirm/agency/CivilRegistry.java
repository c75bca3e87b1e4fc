package org.cirm.agency;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.cirm.agency.internal.AgencyClients;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The connector to the civil registry (DOPA linkage: a person by national ID). The ID
 * travels in the request body, never in a URL or a log line. "Not found" is an answer; a
 * timeout or an error of the registry is an {@link AgencyUnavailableException}.
 */
@Component
public class CivilRegistry {

	static final String AGENCY = "dopa";

	/** A person as the civil registry records them. */
	public record Person(String firstNameTh, String lastNameTh, LocalDate birthDate, boolean alive) {

	}

	private final AgencyDirectory directory;

	private final AgencyClients clients;

	CivilRegistry(AgencyDirectory directory, AgencyClients clients) {
		this.directory = directory;
		this.clients = clients;
	}

	public Optional<Person> person(String nationalId) {
		Agency dopa = this.directory.find(AGENCY).orElseThrow();
		try {
			return Optional.ofNullable(this.clients.clientFor(dopa)
				.post()
				.uri("/persons/lookup")
				.body(Map.of("nationalId", nationalId))
				.retrieve()
				.body(Person.class));
		}
		catch (RestClientResponseException answer) {
			if (answer.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
				return Optional.empty();
			}
			throw new AgencyUnavailableException(dopa, answer);
		}
		catch (RestClientException failure) {
			throw new AgencyUnavailableException(dopa, failure);
		}
	}

}
