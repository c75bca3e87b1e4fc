package org.cirm.desk.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cirm.citizen.CitizenRef;
import org.cirm.notification.SentNotifications;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.ServiceRequests;

import org.springframework.stereotype.Component;

/**
 * Everything that passed between the citizen and the service points, latest first: the
 * counter visits and hotline calls officers logged, the requests the citizen filed
 * through any channel (web, API, Open311, counter, hotline), and the notifications they
 * were sent.
 */
@Component
class ContactHistory {

	/** One contact: when, through which channel, by which officer (if any), what. */
	record Entry(OffsetDateTime at, String officer, String channel, String note) {
	}

	private final ContactLog log;

	private final ServiceRequests requests;

	private final SentNotifications notifications;

	private final ServiceCatalog catalog;

	ContactHistory(ContactLog log, ServiceRequests requests, SentNotifications notifications, ServiceCatalog catalog) {
		this.catalog = catalog;
		this.log = log;
		this.requests = requests;
		this.notifications = notifications;
	}

	List<Entry> of(CitizenRef citizen) {
		List<Entry> entries = new ArrayList<>();
		this.log.of(citizen)
			.forEach(contact -> entries.add(new Entry(contact.at(), contact.officer(),
					words("contact.channel." + contact.channel().name()), contact.note())));
		this.requests.filedBy(citizen.value()).forEach(request -> {
			Bilingual service = this.catalog.manual(request.serviceCode())
				.map(manual -> manual.name())
				.orElse(Bilingual.parse(request.serviceCode()));
			Bilingual filed = Texts.of("contact.filed", request.trackingCode().formatted());
			entries.add(new Entry(request.receivedAt().atZone(ThaiDates.BANGKOK).toOffsetDateTime(), null,
					words("contact.channel." + request.channel().name()),
					new Bilingual(service.th() + " " + filed.th(), service.en() + ", " + filed.en()).toString()));
		});
		this.notifications.toCitizen(citizen.value())
			.forEach(notice -> entries
				.add(new Entry(notice.at().atZone(ThaiDates.BANGKOK).toOffsetDateTime(), null,
						words("contact.channel." + notice.channel()),
						Texts.of("contact.notice", words("contact.template." + notice.template()),
								notice.trackingCode() == null ? "" : notice.trackingCode(),
								words("contact.status." + notice.status()))
							.toString())));
		entries.sort(Comparator.comparing(Entry::at).reversed());
		return entries;
	}

	/**
	 * A code in words, "ไทย / English"; the code itself when there are no words for it.
	 */
	private static String words(String key) {
		try {
			return Texts.of(key).toString();
		}
		catch (IllegalArgumentException noWords) {
			return key.substring(key.lastIndexOf('.') + 1);
		}
	}

}
