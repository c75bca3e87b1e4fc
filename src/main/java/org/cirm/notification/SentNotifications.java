package org.cirm.notification;

import java.time.Instant;
import java.util.List;

/** What a citizen was told, for their contact history. */
public interface SentNotifications {

	/**
	 * @param template what the message said: request-received, step-done, action-needed,
	 * delay-notice, request-completed
	 * @param status SENT, PENDING, FAILED, UNDELIVERABLE or CANCELLED
	 * @param trackingCode the request it was about, formatted; null for none
	 */
	record Notice(Instant at, String channel, String template, String status, String trackingCode) {
	}

	/** The citizen's notifications, latest first. */
	List<Notice> toCitizen(String citizenRef);

}
