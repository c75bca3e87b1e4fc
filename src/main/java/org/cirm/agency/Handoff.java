package org.cirm.agency;

import java.time.Instant;

/**
 * A receipt of one hand-off of a case to or from an agency.
 *
 * @param agencyCode the agency
 * @param direction to the agency or back from it
 * @param operation what was handed over, e.g. {@code register-case} or a step's name
 * @param step the BPMN element of the process the hand-off belongs to
 * @param idempotencyKey the key the agency saw (the same on every attempt of one visit)
 * @param payloadHash SHA-256 of what was sent or received, to prove what it was without
 * keeping it
 * @param outcome how it went
 * @param detail a short technical reason when it failed, never personal data
 * @param attempts how many times it was sent
 * @param startedAt when it was first handed over
 * @param updatedAt when it last changed
 */
public record Handoff(String agencyCode, Direction direction, String operation, String step, String idempotencyKey,
		String payloadHash, Outcome outcome, String detail, int attempts, Instant startedAt, Instant updatedAt) {

	public enum Direction {

		/** The case went to the agency. */
		OUT,
		/** The agency answered or gave the case back. */
		IN

	}

	public enum Outcome {

		/** Sent; no answer yet (or the attempt is still running). */
		PENDING,
		/** The agency's system took it. */
		ACCEPTED,
		/** The agency answered "no" (a business outcome the process handles). */
		REJECTED,
		/** The agency's system did not answer usefully; the engine tries again. */
		FAILED,
		/** The step waits for the agency's officers or workers. */
		OFFERED,
		/** The agency answered by callback, and the process took the answer. */
		ANSWERED,
		/** The agency's officers or workers completed the step. */
		COMPLETED

	}

}
