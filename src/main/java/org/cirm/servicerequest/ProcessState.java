package org.cirm.servicerequest;

import java.time.Instant;
import java.util.List;

/**
 * Where a request's process stands, as tracking and the desk show it: its service's
 * version, whether and when it ended and how, and every element it reached.
 *
 * @param outcome how it ended, as the end event it reached declares; null while it runs,
 * and for an end that declares none (a request cancelled by an administrator)
 * @param visits each visit of an element (a step, an event, a gateway), oldest first
 */
public record ProcessState(String processDefinitionId, Instant endedAt, Outcome outcome, List<Visit> visits) {

	public boolean ended() {
		return this.endedAt != null;
	}

	/** One visit of an element; {@code endedAt} is empty while the request is there. */
	public record Visit(String elementId, Instant startedAt, Instant endedAt) {
	}

}
