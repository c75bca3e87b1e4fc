package org.cirm.agency.internal.callback;

import java.util.ArrayList;
import java.util.List;

/**
 * A callback as agencies post it.
 *
 * @param callbackId the agency's id of this callback; a repeat with the same id is the
 * same callback
 * @param event what happened, e.g. {@code food-permit-decided}
 * @param reference the idempotency key of our hand-off it answers
 * @param outcome the agency's outcome code
 * @param agencyReference the agency's own number for the matter
 * @param reason why, in words the applicant may read (a refusal's reason), optional
 */
record Callback(String callbackId, String event, String reference, String outcome, String agencyReference,
		String reason) {

	/** The longest reason taken: a paragraph, not a document. */
	static final int REASON_LENGTH = 2000;

	/** The fields that are missing or too long, in the order of the record. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		check(problems, "callbackId", this.callbackId, true);
		check(problems, "event", this.event, true);
		check(problems, "reference", this.reference, true);
		check(problems, "outcome", this.outcome, false);
		check(problems, "agencyReference", this.agencyReference, false);
		if (this.reason != null && this.reason.length() > REASON_LENGTH) {
			problems.add("reason is longer than " + REASON_LENGTH + " characters");
		}
		return problems;
	}

	private static void check(List<String> problems, String field, String value, boolean required) {
		if (required && (value == null || value.isBlank())) {
			problems.add(field + " is required");
		}
		else if (value != null && value.length() > 100) {
			problems.add(field + " is longer than 100 characters");
		}
	}

}
