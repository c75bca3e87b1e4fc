package org.cirm.agency.internal;

import java.time.Instant;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyUnavailableException;
import org.cirm.platform.NothingAttempted;

/**
 * The agency's circuit is open after repeated failures: the call was not made. A step in
 * a process keeps its retries and runs again when the circuit lets calls through; a
 * caller outside a process sees an agency that did not answer.
 */
class CircuitOpenException extends AgencyUnavailableException implements NothingAttempted {

	private final Instant tryAgainAt;

	CircuitOpenException(Agency agency, Instant tryAgainAt) {
		super(agency, "circuit open after repeated failures");
		this.tryAgainAt = tryAgainAt;
	}

	@Override
	public Instant tryAgainAt() {
		return this.tryAgainAt;
	}

}
