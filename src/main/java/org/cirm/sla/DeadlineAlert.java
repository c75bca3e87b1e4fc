package org.cirm.sla;

import java.time.Instant;

/**
 * Published when a deadline comes near (at 80% of its limit) or passes, for whoever tells
 * officers (the request is named by its tracking code, the process's business key; no
 * personal data).
 *
 * @param group the group that holds the step and is told, {@code null} for the service
 */
public record DeadlineAlert(Type type, Deadline.Kind kind, String processInstanceId, String trackingCode,
		String serviceCode, String step, String agencyCode, String group, Instant dueAt) {

	public enum Type {

		WARNING, BREACH

	}

}
