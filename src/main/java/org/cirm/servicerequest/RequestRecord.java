package org.cirm.servicerequest;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the reports see it.
 *
 * @param serviceVersion the version of the service's model it runs
 * @param filedBy the officer who filed it for the citizen; null when the citizen did
 * @param agencyCode the agency responsible for it: the one it was routed to, else the
 * service's owner
 * @param province the province the request is about, when its form asks for one
 * @param endedAt when its process ended; null while it runs
 * @param outcome how it ended, when its end declares it
 * @param workers who worked each visit of a step in Tasklist (completed it, or holds it
 * now), by activity instance
 */
public record RequestRecord(String requestId, TrackingCode trackingCode, String processInstanceId, String serviceCode,
		Integer serviceVersion, Channel channel, Submission.Officer filedBy, String agencyCode, String province,
		Instant receivedAt, Instant endedAt, Outcome.Kind outcome, Map<String, String> workers) {

}
