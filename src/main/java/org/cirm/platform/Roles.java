package org.cirm.platform;

import java.util.Arrays;
import java.util.Collection;

import org.springframework.security.core.Authentication;

/**
 * The Camunda groups that stand for officers' roles. Agencies are groups too, named
 * {@code agency-<code>}; an officer belongs to one agency group and any number of roles.
 */
public final class Roles {

	public static final String COUNTER = "counter";

	public static final String HOTLINE = "hotline";

	public static final String SUPERVISOR = "supervisor";

	public static final String PROCESS_OWNER = "process-owner";

	/**
	 * Camunda's own administrators group: the webapps send everyone to a first-user setup
	 * page until someone belongs to it, so our administrators are its members.
	 */
	public static final String ADMIN = "camunda-admin";

	/**
	 * May read citizens' personal data in Citizen 360 (with counter, hotline or an
	 * agency).
	 */
	public static final String CITIZEN_DATA = "citizen-data";

	/**
	 * Reads the insight reports of every agency (a supervisor reads their own agency's).
	 */
	public static final String MANAGER = "manager";

	/** Reads the audit log of personal-data access. */
	public static final String AUDITOR = "auditor";

	/**
	 * Reads the operators' metrics ({@code /actuator/prometheus}), a scraper's account.
	 */
	public static final String MONITORING = "monitoring";

	/** The Camunda group type of role groups. */
	public static final String ROLE_GROUP_TYPE = "role";

	/** The Camunda group type of agency systems' worker accounts. */
	public static final String WORKER_GROUP_TYPE = "agency-system";

	/** The Camunda group type of agency groups. */
	public static final String AGENCY_GROUP_TYPE = "agency";

	/**
	 * Spring Security authorities carry the officer's Camunda groups with this prefix.
	 */
	public static final String AUTHORITY_PREFIX = "GROUP_";

	private Roles() {
	}

	public static String authority(String group) {
		return AUTHORITY_PREFIX + group;
	}

	public static boolean isAgencyGroup(String group) {
		return group.startsWith("agency-");
	}

	/** Whether the logged-in officer belongs to any of the groups. */
	public static boolean belongsToAny(Authentication officer, String... groups) {
		return officer != null && officer.getAuthorities()
			.stream()
			.anyMatch(authority -> Arrays.stream(groups)
				.map(Roles::authority)
				.anyMatch(authority.getAuthority()::equals));
	}

	/**
	 * Whether the caller is an agency system's worker account: a machine that may only
	 * pull its agency's external tasks over {@code /engine-rest}, never an officer.
	 */
	public static boolean isWorker(Authentication caller) {
		String prefix = authority(WORKER_GROUP_PREFIX);
		return caller != null
				&& caller.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().startsWith(prefix));
	}

	/**
	 * The code of the agency an officer with these groups belongs to; null for none.
	 */
	public static String agencyCodeOf(Collection<String> groups) {
		return groups.stream()
			.filter(Roles::isAgencyGroup)
			.sorted()
			.findFirst()
			.map(group -> group.substring("agency-".length()))
			.orElse(null);
	}

	public static String agencyGroup(String agencyCode) {
		return "agency-" + agencyCode;
	}

	/**
	 * The group of an agency system's worker accounts, which pull the agency's external
	 * tasks (topics {@code <agency code>.<work>}) and nothing else.
	 */
	public static String workerGroup(String agencyCode) {
		return WORKER_GROUP_PREFIX + agencyCode;
	}

	public static final String WORKER_GROUP_PREFIX = "worker-";

}
