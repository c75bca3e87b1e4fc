package org.cirm.notification.internal;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Delivers a rendered message: e-mail over SMTP, SMS through the gateway's HTTP API. The
 * address is read from its owner at the moment of sending (the citizen registry, the
 * officer's account), so the outbox never holds one.
 */
@Component
class Channels {

	private final ObjectProvider<JavaMailSender> mail;

	private final CitizenRegistry citizens;

	private final IdentityService identity;

	private final NotificationProperties properties;

	private final Environment environment;

	private final RestClient http;

	private volatile int localPort;

	Channels(ObjectProvider<JavaMailSender> mail, CitizenRegistry citizens, IdentityService identity,
			NotificationProperties properties, Environment environment, @Qualifier("smsGateway") RestClient http) {
		this.mail = mail;
		this.http = http;
		this.citizens = citizens;
		this.identity = identity;
		this.properties = properties;
		this.environment = environment;
	}

	@EventListener
	void onServerStarted(WebServerInitializedEvent event) {
		this.localPort = event.getWebServer().getPort();
	}

	/** A message that cannot go at all: kept with the reason, not retried. */
	static class UndeliverableException extends RuntimeException {

		UndeliverableException(String reason) {
			super(reason);
		}

	}

	void deliver(Outbox.Row row, Templates.Rendered text) {
		Message message = row.message();
		switch (message.channel()) {
			case EMAIL -> email(addressOf(message, true), text);
			case SMS -> sms(row.id(), addressOf(message, false), text);
		}
	}

	private void email(String to, Templates.Rendered text) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			throw new UndeliverableException("No SMTP server is configured (spring.mail.host)");
		}
		SimpleMailMessage email = new SimpleMailMessage();
		email.setFrom(this.properties.emailFrom());
		email.setTo(to);
		email.setSubject(text.subject());
		email.setText(text.body());
		sender.send(email);
	}

	private void sms(String messageId, String to, Templates.Rendered text) {
		String url = this.properties.smsUrl();
		if (url.isBlank()) {
			throw new UndeliverableException("No SMS gateway is configured (cirm.notification.sms-url)");
		}
		String key = this.environment.getProperty(this.properties.smsApiKey(), "");
		this.http.post()
			.uri(url.startsWith("/") ? "http://localhost:" + this.localPort + url : url)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + key)
			.header("Idempotency-Key", messageId)
			.body(Map.of("to", to, "text", text.subject() + "\n" + text.body()))
			.retrieve()
			.toBodilessEntity();
	}

	private String addressOf(Message message, boolean email) {
		Optional<String> address = switch (message.recipient()) {
			case CITIZEN -> CitizenRef.parse(message.recipientId())
				.flatMap(this.citizens::find)
				.map(Citizen::contact)
				.map(contact -> email ? contact.email() : contact.phone());
			case OFFICER ->
				Optional.ofNullable(this.identity.createUserQuery().userId(message.recipientId()).singleResult())
					.map(User::getEmail);
		};
		return address.filter(value -> !value.isBlank())
			.orElseThrow(() -> new UndeliverableException(
					"The recipient has no " + (email ? "e-mail address" : "mobile number") + " on record"));
	}

}
