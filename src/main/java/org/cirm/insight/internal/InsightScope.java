package org.cirm.insight.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.cirm.platform.Roles;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who sees which part of the reports: a manager every agency, a supervisor their own
 * agency's requests and steps only, whatever they ask for; anyone else nothing.
 */
public final class InsightScope {

	private InsightScope() {
	}

	/** The filter as this officer may have it. */
	public static InsightFilter of(Authentication officer, InsightFilter asked) {
		Set<String> groups = officer.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(Roles.AUTHORITY_PREFIX))
			.map(authority -> authority.substring(Roles.AUTHORITY_PREFIX.length()))
			.collect(Collectors.toSet());
		if (groups.contains(Roles.MANAGER)) {
			return asked;
		}
		String agency = Roles.agencyCodeOf(groups);
		if (groups.contains(Roles.SUPERVISOR) && agency != null) {
			return asked.withAgency(agency);
		}
		throw new AccessDeniedException("Insight is for managers and agency supervisors");
	}

	public static boolean seesAll(Authentication officer) {
		return Roles.belongsToAny(officer, Roles.MANAGER);
	}

}
