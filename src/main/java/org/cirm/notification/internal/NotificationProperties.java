package org.cirm.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications go out ({@code cirm.notification}). E-mail uses Spring's
 * {@code spring.mail.*} (an SMTP server); without {@code spring.mail.host} e-mails are
 * kept as undeliverable.
 *
 * @param emailFrom the sender of e-mails
 * @param smsUrl the SMS gateway's endpoint (a path is this node's own, as the demo's
 * sandbox gateway); blank: SMS are kept as undeliverable
 * @param smsApiKey the name of the setting holding the gateway's API key
 * @param pollInterval how often messages waiting for another attempt are looked for
 */
@ConfigurationProperties("cirm.notification")
public record NotificationProperties(@DefaultValue("CiRM One-Stop <no-reply@cirm.local>") String emailFrom,
		@DefaultValue("") String smsUrl, @DefaultValue("CIRM_SMS_GATEWAY_API_KEY") String smsApiKey,
		@DefaultValue("PT15S") Duration pollInterval) {

}
