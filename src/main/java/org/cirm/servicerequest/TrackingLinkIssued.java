package org.cirm.servicerequest;

import java.time.Instant;

/**
 * A one-time tracking link was made for the applicant of a request: the token goes to
 * them by their preferred channel and nowhere else.
 */
public record TrackingLinkIssued(String requestId, TrackingCode trackingCode, String serviceCode, String citizenRef,
		String processInstanceId, String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "TrackingLinkIssued[requestId=" + this.requestId + ", token=(hidden)]";
	}

}
