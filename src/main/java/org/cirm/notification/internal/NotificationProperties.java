package org.cirm.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications go out ({@code cirm.notification}). E-mail uses Spring's
 * {@code spring.mail.*} (an SMTP server, with its timeouts in
 * {@code spring.mail.properties}); without {@code spring.mail.host} e-mails are kept as
 * undeliverable.
 *
 * @param emailFrom the sender of e-mails
 * @param smsUrl the SMS gateway's endpoint (a path is this node's own, as the demo's
 * sandbox gateway); blank: SMS are kept as undeliverable
 * @param smsApiKey the name of the setting holding the gateway's API key
 * @param smsConnectTimeout how long to wait for the SMS gateway's connection
 * @param smsReadTimeout how long to wait for the SMS gateway's answer
 * @param portalUrl the citizens' portal as citizens reach it, for links in messages
 * @param pollInterval how often messages waiting for another attempt are looked for
 * @param senderThreads threads sending fresh messages after their transaction commits
 * @param senderQueue fresh messages waiting for a sender; beyond it they wait for the
 * next sweep
 */
@ConfigurationProperties("cirm.notification")
public record NotificationProperties(@DefaultValue("CiRM One-Stop <no-reply@cirm.local>") String emailFrom,
		@DefaultValue("") String smsUrl, @DefaultValue("CIRM_SMS_GATEWAY_API_KEY") String smsApiKey,
		@DefaultValue("2s") Duration smsConnectTimeout, @DefaultValue("5s") Duration smsReadTimeout,
		@DefaultValue("http://localhost:8080") String portalUrl, @DefaultValue("PT15S") Duration pollInterval,
		@DefaultValue("2") int senderThreads, @DefaultValue("1000") int senderQueue) {

}
