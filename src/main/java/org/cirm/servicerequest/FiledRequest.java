package org.cirm.servicerequest;

import java.time.Instant;

/** A filed request as tracking sees it (never the applicant's personal data). */
public record FiledRequest(String requestId, TrackingCode trackingCode, String serviceCode, Channel channel,
		String processInstanceId, Instant receivedAt) {

}
