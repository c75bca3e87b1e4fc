package org.cirm.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agencies this installation works with, configured under {@code cirm.agencies} in
 * {@code application.yaml}.
 */
@ConfigurationProperties("cirm")
public record AgencyDirectory(List<Agency> agencies) {

	public AgencyDirectory {
		agencies = agencies == null ? List.of() : List.copyOf(agencies);
	}

	public Optional<Agency> find(String code) {
		return this.agencies.stream().filter(agency -> agency.code().equals(code)).findFirst();
	}

	public boolean knows(String code) {
		return find(code).isPresent();
	}

}
