package org.cirm.servicerequest;

import java.time.Instant;

import org.cirm.platform.Bilingual;

/**
 * What the applicant gets back: the tracking code, the service, and when the request
 * should be decided by (the service's time limit on the Thai government calendar).
 *
 * @param repeated this answers an earlier submission with the same idempotency key
 */
public record Receipt(TrackingCode trackingCode, String serviceCode, Bilingual serviceName, Instant receivedAt,
		Instant expectedBy, boolean repeated) {

}
