package org.cirm.notification.internal;

import java.util.Map;

/**
 * A notification to send: to whom (a citizen ref or an officer id), by which channel, in
 * which language, with which template and parameters (never personal data).
 *
 * @param dedupKey the same event never makes two messages
 */
record Message(String dedupKey, Recipient recipient, String recipientId, Channel channel, String language,
		String template, Map<String, String> params, String processInstanceId) {

	enum Recipient {

		CITIZEN, OFFICER

	}

	enum Channel {

		EMAIL, SMS

	}

}
