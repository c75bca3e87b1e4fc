package org.cirm.desk.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.cirm.citizen.CitizenErased;
import org.cirm.citizen.CitizenRef;
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
