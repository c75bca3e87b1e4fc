package org.cirm.servicerequest;

import java.time.LocalDate;
import java.util.Map;

/**
 * A request as a channel files it: the service, the applicant, the fields of the
 * service's start form, and the channel's idempotency key (a repeat with the same key
 * answers the first request).
 */
public record Submission(String serviceCode, Channel channel, Applicant applicant, Map<String, Object> fields,
		String idempotencyKey) {

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
