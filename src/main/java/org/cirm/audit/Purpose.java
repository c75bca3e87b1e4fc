package org.cirm.audit;

/**
 * Why an officer reads a citizen's personal data. A read without one of these is refused:
 * the purpose is what makes the read lawful and what an auditor checks.
 */
public enum Purpose {

	/** Receiving or working on the citizen's request. */
	SERVICE_REQUEST,

	/** Answering the citizen's own enquiry at a counter or on the hotline. */
	CITIZEN_ENQUIRY,

	/** Handling the citizen's complaint. */
	COMPLAINT_HANDLING,

	/** Checking the citizen's identity against the civil registry. */
	IDENTITY_VERIFICATION,

	/** Serving the citizen's data-subject request (export, correction, erasure). */
	DATA_SUBJECT_REQUEST

}
