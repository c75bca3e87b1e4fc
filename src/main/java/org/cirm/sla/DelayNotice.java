package org.cirm.sla;

import java.time.Instant;

import org.cirm.platform.Bilingual;

/**
 * A statutory delay notice (Licensing Facilitation Act B.E. 2558, section 10): the
 * decision on a request is past the service's time limit, and the applicant is told why;
 * again every 7 days until the decision. Published as an event when issued (for the
 * notification channels) and kept as the copy for the OPDC report.
 *
 * @param trackingCode the request's tracking code, which is its process's business key
 * @param sequence 1 for the first notice of the request, then 2, 3, ...
 */
public record DelayNotice(String processInstanceId, String trackingCode, String serviceCode, int sequence,
		Instant dueAt, Instant issuedAt, Bilingual reason) {

}
