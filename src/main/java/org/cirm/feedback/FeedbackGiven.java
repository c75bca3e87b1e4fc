package org.cirm.feedback;

import org.cirm.servicerequest.TrackingCode;

/**
 * A citizen rated a request or disputed its close. Published in the transaction that kept
 * it; no personal data.
 */
public record FeedbackGiven(TrackingCode trackingCode) {

}
