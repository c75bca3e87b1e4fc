package org.cirm.servicerequest;

import java.time.LocalDate;
import java.util.Map;

import org.cirm.citizen.CitizenRef;

/**
 * A request as a channel files it: the service, the applicant, the fields of the
 * service's start form, and the channel's idempotency key (a repeat with the same key
 * answers the first request).
 *
 * @param applicant who applies, as they state it themselves (portal, API, Open311)
 * @param identifiedApplicant instead: the citizen an officer at a counter or on the
 * hotline identified in Citizen 360, by reference (the officer typed no ID)
 * @param filedBy the officer who filed it for the citizen, none when the citizen did
 */
public record Submission(String serviceCode, Channel channel, Applicant applicant, Map<String, Object> fields,
		String idempotencyKey, CitizenRef identifiedApplicant, Officer filedBy) {

	/** A submission whose applicant states who they are. */
	public Submission(String serviceCode, Channel channel, Applicant applicant, Map<String, Object> fields,
			String idempotencyKey) {
		this(serviceCode, channel, applicant, fields, idempotencyKey, null, null);
	}

	/** A submission an officer files for the citizen identified on screen. */
	public static Submission forIdentified(String serviceCode, Channel channel, CitizenRef citizen,
			Map<String, Object> fields, String idempotencyKey, Officer officer) {
		return new Submission(serviceCode, channel, null, fields, idempotencyKey, citizen, officer);
	}

	/**
	 * An officer who files requests, and the agency whose service point (counter or
	 * hotline desk) they work at: what the consistency reports compare.
	 */
	public record Officer(String id, String agencyCode) {
	}

	/**
	 * Who applies. A citizen already registered is recognised by national ID, Thai name
	 * and birth date; anyone else is checked against the civil registry and registered.
	 *
	 * @param preferredChannel SMS or EMAIL; preferredLanguage th or en
	 */
	public record Applicant(String nationalId, String firstNameTh, String lastNameTh, LocalDate birthDate, String phone,
			String email, String preferredChannel, String preferredLanguage) {
	}

}
