package org.cirm.servicerequest;

import java.time.Instant;

/** A filed request as tracking sees it (never the applicant's personal data). */
public record FiledRequest(String requestId, TrackingCode trackingCode, String serviceCode, Channel channel,
		String processInstanceId, Instant receivedAt) {

	/** The message a service's model waits on for the citizen's rating. */
	public String ratedMessage() {
		return this.serviceCode + ".rated";
	}

	/** The message a service's model waits on while its close may be disputed. */
	public String disputedMessage() {
		return this.serviceCode + ".disputed";
	}

}
