package org.cirm.agency;

import static org.cirm.platform.ProcessVariable.text;

import org.cirm.platform.ProcessVariable;

/**
 * What an agency's callback gives the process, as variables local to the message event
 * that waited for it; the model maps them to its own names (an output parameter), so two
 * agencies answering in parallel never overwrite each other.
 */
public final class AgencyAnswer {

	/** The agency's outcome code, e.g. {@code GRANTED} or {@code PAID}. */
	public static final ProcessVariable<String> OUTCOME = text("agencyOutcome");

	/** The agency's own number for the matter, e.g. a permit or payment reference. */
	public static final ProcessVariable<String> REFERENCE = text("agencyReference");

	/**
	 * Why, in words the applicant may read (a refusal's reason); null when the agency
	 * gave none.
	 */
	public static final ProcessVariable<String> REASON = text("agencyReason");

	/** The message a model waits for: {@code <agency code>.<event>}. */
	public static String messageName(String agencyCode, String event) {
		return agencyCode + "." + event;
	}

	private AgencyAnswer() {
	}

}
