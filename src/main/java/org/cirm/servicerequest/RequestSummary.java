package org.cirm.servicerequest;

import java.time.Instant;
import java.util.List;

import org.cirm.platform.Bilingual;

/**
 * A request as an officer's list of a citizen's requests shows it: the service, the code,
 * the subject, when it started and ended, how it ended, the citizen's rating, and the
 * steps open now. Never the form contents, which stay with the agencies in Tasklist.
 *
 * @param processInstanceId the case, as Cockpit knows it
 * @param trackingCode empty for a process started without a request record
 */
public record RequestSummary(String processInstanceId, Bilingual serviceName, TrackingCode trackingCode, String subject,
		Instant startedAt, Instant endedAt, Outcome outcome, Long satisfaction, List<OpenStep> openSteps) {

	/** A step waiting now in the groups named (its candidate groups), since and due. */
	public record OpenStep(String stepId, String name, List<String> groups, Instant since, Instant due) {
	}

}
