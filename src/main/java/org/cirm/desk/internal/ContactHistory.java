package org.cirm.desk.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cirm.citizen.CitizenRef;
import org.cirm.notification.SentNotifications;
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

	ContactHistory(ContactLog log, ServiceRequests requests, SentNotifications notifications) {
		this.log = log;
		this.requests = requests;
		this.notifications = notifications;
	}

	List<Entry> of(CitizenRef citizen) {
		List<Entry> entries = new ArrayList<>();
		this.log.of(citizen)
			.forEach(contact -> entries
				.add(new Entry(contact.at(), contact.officer(), contact.channel().name(), contact.note())));
		this.requests.filedBy(citizen.value())
			.forEach(request -> entries.add(new Entry(request.receivedAt().atZone(ThaiDates.BANGKOK).toOffsetDateTime(),
					null, request.channel().name(), "ยื่นคำขอ " + request.serviceCode() + " รหัสติดตาม "
							+ request.trackingCode().formatted() + " / Request filed")));
		this.notifications.toCitizen(citizen.value())
			.forEach(notice -> entries.add(new Entry(notice.at().atZone(ThaiDates.BANGKOK).toOffsetDateTime(), null,
					notice.channel(), "แจ้ง " + notice.template() + " (" + notice.status() + ") / Notification")));
		entries.sort(Comparator.comparing(Entry::at).reversed());
		return entries;
	}

}
