package org.cirm.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenErased;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.OneTimeCodeIssued;
import org.cirm.servicerequest.Outcome;
import org.cirm.servicerequest.RequestProgressed;
import org.cirm.servicerequest.RequestReceived;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TrackingLinkIssued;
import org.cirm.sla.DelayNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the citizen is told, in their language and by their preferred channel: that the
 * request was received (with its tracking code), and the statutory delay notice (section
 * 10). Enqueued in the transaction that decided it.
 */
@Component
class CitizenMessages {

	private static final Logger log = LoggerFactory.getLogger(CitizenMessages.class);

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
		.withZone(ThaiDates.BANGKOK);

	/**
	 * The longest value of an outcome's detail a message carries; the rest is on the
	 * tracking page.
	 */
	private static final int DETAIL_LENGTH = 280;

	private final Outbox outbox;

	private final CitizenRegistry citizens;

	private final ServiceRequests requests;

	private final ThaiDates thaiDates;

	private final String portalUrl;

	CitizenMessages(Outbox outbox, CitizenRegistry citizens, ServiceRequests requests, ThaiDates thaiDates,
			NotificationProperties properties) {
		this.outbox = outbox;
		this.portalUrl = properties.portalUrl().replaceAll("/+$", "");
		this.citizens = citizens;
		this.requests = requests;
		this.thaiDates = thaiDates;
	}

	@EventListener
	void delayNotice(DelayNotice notice) {
		Optional<Citizen> citizen = citizenOf(notice.processInstanceId());
		if (citizen.isEmpty()) {
			log.warn("Delay notice {} of request {} has no registered applicant to send it to", notice.sequence(),
					notice.trackingCode());
			return;
		}
		Citizen.Contact contact = citizen.get().contact();
		String language = "en".equals(contact.preferredLanguage()) ? "en" : "th";
		boolean thai = language.equals("th");
		Bilingual service = serviceOf(notice.processInstanceId());
		this.outbox.enqueue(new Message("delay-notice:" + notice.processInstanceId() + ":" + notice.sequence(),
				Message.Recipient.CITIZEN, citizen.get().ref().value(), channelFor(contact), language, "delay-notice",
				Map.of("service", thai ? service.th() : service.en(), "request",
						notice.trackingCode() == null ? "" : notice.trackingCode(), "due", date(notice.dueAt(), thai),
						"reason", thai ? notice.reason().th() : notice.reason().en(), "sequence",
						Integer.toString(notice.sequence())),
				notice.processInstanceId()));
	}

	@EventListener
	void received(RequestReceived received) {
		CitizenRef.parse(received.citizenRef()).flatMap(this.citizens::find).ifPresent(citizen -> {
			Citizen.Contact contact = citizen.contact();
			boolean thai = !"en".equals(contact.preferredLanguage());
			Bilingual service = received.serviceName();
			this.outbox.enqueue(new Message("request-received:" + received.requestId(), Message.Recipient.CITIZEN,
					received.citizenRef(), channelFor(contact), thai ? "th" : "en", "request-received",
					Map.of("service", thai ? service.th() : service.en(), "trackingCode",
							received.trackingCode().formatted(), "expected",
							received.expectedBy() == null ? "-" : date(received.expectedBy(), thai)),
					received.processInstanceId()));
		});
	}

	/** A step done, something needed from the applicant, the request complete. */
	@EventListener
	void progressed(RequestProgressed progress) {
		if (progress.citizenRef() == null || progress.requestId() == null) {
			return;
		}
		CitizenRef.parse(progress.citizenRef()).flatMap(this.citizens::find).ifPresent(citizen -> {
			Citizen.Contact contact = citizen.contact();
			boolean thai = !"en".equals(contact.preferredLanguage());
			String template = switch (progress.kind()) {
				case STEP_DONE -> "step-done";
				case ACTION_NEEDED -> "action-needed";
				case COMPLETED -> "request-completed";
			};
			Outcome outcome = progress.outcome();
			Bilingual step = outcome == null ? progress.step() : outcome.end();
			this.outbox.enqueue(new Message(
					String.join(":", template, progress.requestId(), progress.step().toString(),
							Long.toString(this.outbox.count(progress.processInstanceId(), template))),
					Message.Recipient.CITIZEN, progress.citizenRef(), channelFor(contact), thai ? "th" : "en", template,
					Map.of("step", in(step, thai), "service", in(progress.serviceName(), thai), "trackingCode",
							progress.trackingCode() == null ? "-" : progress.trackingCode().formatted(), "outcome",
							in(outcome == null ? Texts.of("outcome.CLOSED") : outcome.kind().label(), thai), "details",
							outcome == null ? "" : details(outcome, thai)),
					progress.processInstanceId()));
		});
	}

	private static String in(Bilingual text, boolean thai) {
		return thai ? text.th() : text.en();
	}

	/**
	 * What the model shows with the outcome, one "label: value" line each, kept short.
	 */
	private static String details(Outcome outcome, boolean thai) {
		StringBuilder lines = new StringBuilder();
		for (Outcome.Detail detail : outcome.details()) {
			String value = detail.value().length() > DETAIL_LENGTH
					? detail.value().substring(0, DETAIL_LENGTH - 1) + "…" : detail.value();
			lines.append('\n').append(in(detail.label(), thai)).append(": ").append(value);
		}
		return lines.toString();
	}

	/** A one-time tracking link, to the applicant alone. */
	@EventListener
	void trackingLink(TrackingLinkIssued issued) {
		CitizenRef.parse(issued.citizenRef()).flatMap(this.citizens::find).ifPresent(citizen -> {
			Citizen.Contact contact = citizen.contact();
			boolean thai = !"en".equals(contact.preferredLanguage());
			this.outbox
				.enqueue(new Message("tracking-link:" + issued.token().substring(0, 16), Message.Recipient.CITIZEN,
						issued.citizenRef(), channelFor(contact), thai ? "th" : "en", "tracking-link",
						Map.of("trackingCode", issued.trackingCode().formatted(), "link",
								this.portalUrl + "/track/link/" + issued.token(), "expires",
								date(issued.expiresAt(), thai)),
						issued.processInstanceId()));
		});
	}

	/** A one-time code for "my requests", to the citizen alone. */
	@EventListener
	void oneTimeCode(OneTimeCodeIssued issued) {
		CitizenRef.parse(issued.citizenRef()).flatMap(this.citizens::find).ifPresent(citizen -> {
			Citizen.Contact contact = citizen.contact();
			boolean thai = !"en".equals(contact.preferredLanguage());
			this.outbox.enqueue(new Message(
					"one-time-code:" + issued.citizenRef() + ":" + issued.expiresAt().toEpochMilli(),
					Message.Recipient.CITIZEN, issued.citizenRef(), channelFor(contact), thai ? "th" : "en",
					"one-time-code", Map.of("code", issued.code(), "expires", date(issued.expiresAt(), thai)), null));
		});
	}

	@EventListener
	void erased(CitizenErased erased) {
		this.outbox.cancelFor(erased.ref().value());
	}

	/** The citizen's preferred channel if it has an address, else the other one. */
	static Message.Channel channelFor(Citizen.Contact contact) {
		boolean email = contact.email() != null && !contact.email().isBlank();
		boolean phone = contact.phone() != null && !contact.phone().isBlank();
		if ("EMAIL".equals(contact.preferredChannel()) && email) {
			return Message.Channel.EMAIL;
		}
		return phone || !email ? Message.Channel.SMS : Message.Channel.EMAIL;
	}

	private Optional<Citizen> citizenOf(String processInstanceId) {
		return this.requests.applicantOfProcess(processInstanceId)
			.flatMap(CitizenRef::parse)
			.flatMap(this.citizens::find);
	}

	private Bilingual serviceOf(String processInstanceId) {
		return this.requests.serviceNameOfProcess(processInstanceId);
	}

	private String date(Instant instant, boolean thai) {
		return thai ? this.thaiDates.dateTime(instant) : ENGLISH_DATE.format(instant);
	}

}
