package org.cirm.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * The SLA read model of one request's deadline: the service's (its time limit) or one
 * visit of a step.
 *
 * @param trackingCode the request's tracking code, which is its process's business key
 * @param step the step's id in the model, {@code null} for the service
 * @param visit the step's visit (its activity instance), {@code null} for the service
 * @param stepName the step's name, "ไทย / English"
 * @param timeLimit as the model states it, {@code 15 working days}
 * @param workingTimeUsed office time on the clock so far (or until it ended), pauses left
 * out
 */
public record Deadline(Kind kind, String processInstanceId, String trackingCode, String serviceCode, String step,
		String visit, String stepName, String agencyCode, String timeLimit, Instant startedAt, Instant dueAt,
		Instant endedAt, SlaState state, Duration workingTimeUsed) {

	public enum Kind {

		SERVICE, STEP

	}

}
