package org.cirm.servicerequest;

import org.cirm.platform.Bilingual;

/**
 * A request moved in a way its applicant is told of: a step of the service finished,
 * something is needed from the applicant, or the request is complete. Published in the
 * transaction of the step (listeners that send wait for the commit).
 *
 * @param serviceName the service's name, so a message says which request it is about
 * @param trackingCode the request's code, for the same reason (null when the request has
 * no record)
 * @param step the step's name, "ไทย / English" split; for COMPLETED the end reached
 * @param outcome for COMPLETED, how the request ended, if its end declares it
 * @param channel how the request was filed (null when it has no record)
 */
public record RequestProgressed(Kind kind, String requestId, String processInstanceId, String citizenRef,
		String serviceCode, Bilingual serviceName, TrackingCode trackingCode, Bilingual step, Outcome outcome,
		Channel channel) {

	public enum Kind {

		STEP_DONE, ACTION_NEEDED, COMPLETED

	}

}
