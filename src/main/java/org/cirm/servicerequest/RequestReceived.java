package org.cirm.servicerequest;

import java.time.Instant;

import org.cirm.platform.Bilingual;

/**
 * Published when a request was filed, in the same transaction (listeners that must not
 * see a rolled-back request wait for the commit).
 */
public record RequestReceived(String requestId, TrackingCode trackingCode, String serviceCode, Bilingual serviceName,
		Channel channel, String citizenRef, String processInstanceId, Instant expectedBy) {

}
