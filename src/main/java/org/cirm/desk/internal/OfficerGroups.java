package org.cirm.desk.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.cirm.platform.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The officer's Camunda groups, and the access rules of the desk that rest on them. */
final class OfficerGroups {

	private OfficerGroups() {
	}

	static Set<String> of(Authentication officer) {
		return officer.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(Roles.AUTHORITY_PREFIX))
			.map(authority -> authority.substring(Roles.AUTHORITY_PREFIX.length()))
			.collect(Collectors.toSet());
	}

	/**
	 * Citizen 360 is for counter, hotline and agency officers who also hold the
	 * citizen-data permission; everyone else is refused.
	 */
	static void requireCitizenData(Authentication officer) {
		Set<String> groups = of(officer);
		boolean frontline = groups.contains(Roles.COUNTER) || groups.contains(Roles.HOTLINE)
				|| groups.stream().anyMatch(Roles::isAgencyGroup);
		if (!frontline || !groups.contains(Roles.CITIZEN_DATA)) {
			throw new AccessDeniedException(
					"Citizen data needs the citizen-data permission and a counter, hotline " + "or agency role");
		}
	}

}
