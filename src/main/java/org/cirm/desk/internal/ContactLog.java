package org.cirm.desk.internal;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cirm.citizen.CitizenErased;
import org.cirm.citizen.CitizenRef;
import org.cirm.platform.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counter visits and hotline calls with a citizen, as officers log them. */
@Component
class ContactLog {

	enum Channel {

		COUNTER, HOTLINE

	}

	record Contact(OffsetDateTime at, String officer, Channel channel, String note) {
	}

	private static final int LONGEST_NOTE = 2000;

	/**
	 * Why a contact as entered cannot be logged, in Thai and English; empty when it can.
	 */
	static Optional<String> refusal(String channel, String note) {
		if (Arrays.stream(Channel.values()).noneMatch(known -> known.name().equals(channel))) {
			return Optional.of(Texts.of("desk.contact.channel").toString());
		}
		if (note == null || note.isBlank() || note.length() > LONGEST_NOTE) {
			return Optional.of(Texts.of("desk.contact.note", LONGEST_NOTE).toString());
		}
		return Optional.empty();
	}

	private final JdbcClient jdbc;

	ContactLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void log(CitizenRef citizen, String officer, Channel channel, String note) {
		this.jdbc.sql("insert into contact_log (citizen_ref, at, officer, channel, note) values (?, ?, ?, ?, ?)")
			.params(citizen.value(), OffsetDateTime.now(), officer, channel.name(), note)
			.update();
	}

	List<Contact> of(CitizenRef citizen) {
		return this.jdbc
			.sql("select at, officer, channel, note from contact_log where citizen_ref = ? order by at desc, id desc")
			.param(citizen.value())
			.query((row, number) -> new Contact(row.getObject("at", OffsetDateTime.class), row.getString("officer"),
					Channel.valueOf(row.getString("channel")), row.getString("note")))
			.list();
	}

	/** Notes about an erased citizen are their personal data too. */
	@EventListener
	void on(CitizenErased erased) {
		this.jdbc.sql("delete from contact_log where citizen_ref = ?").param(erased.ref().value()).update();
	}

}
