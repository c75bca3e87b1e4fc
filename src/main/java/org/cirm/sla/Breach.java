package org.cirm.sla;

import java.time.Instant;

/**
 * A breach record: a step or a service that passed its time limit.
 *
 * @param actualAt when it finally ended, {@code null} while it runs
 */
public record Breach(Deadline.Kind kind, String processInstanceId, String serviceCode, String step, String stepName,
		String agencyCode, Instant dueAt, Instant breachedAt, Instant actualAt) {

}
