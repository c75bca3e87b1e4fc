package org.cirm.agency.internal.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One simulated agency system of the demo sandbox: answers the operations under its base
 * URL with deterministic demo data. Latency, failures, API keys and idempotency are the
 * sandbox's job ({@link AgencySandbox}), not each agency's.
 */
interface SimulatedAgency {

	String code();

	/**
	 * The answer to a request, or {@code null} when the path is not an operation of this
	 * agency.
	 * @throws Rejection when the agency answers "no"
	 */
	Object answer(String path, JsonNode request, String idempotencyKey);

	/** The agency's "no": sent as 404 for {@code NOT_FOUND}, else 422 with the code. */
	class Rejection extends RuntimeException {

		private final String code;

		Rejection(String code, String detail) {
			super(detail);
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

}
