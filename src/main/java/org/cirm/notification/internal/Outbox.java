package org.cirm.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cirm.notification.SentNotifications;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notification outbox ({@code notification_outbox}). {@link #enqueue} joins the
 * caller's transaction; sending happens after commit ({@link Dispatcher}).
 */
@Component
class Outbox implements SentNotifications {

	static final int MOST_ATTEMPTS = 8;

	private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	Outbox(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
	}

	enum Status {

		PENDING, SENT, FAILED, UNDELIVERABLE, CANCELLED

	}

	record Row(String id, Message message, Status status, int attempts, Instant createdAt, Instant sentAt,
			String lastError) {
	}

	/**
	 * Published when a message was enqueued, so it is sent as soon as its transaction
	 * commits.
	 */
	record Enqueued(String id) {
	}

	/** Adds the message unless one with its dedup key exists; returns whether it did. */
	boolean enqueue(Message message) {
		String id = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.now());
		int added = this.jdbc.sql("""
				insert into notification_outbox (id, dedup_key, recipient_kind, recipient, channel, language,
				    template, params, process_instance, status, attempts, next_attempt_at, created_at)
				select ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?
				where not exists (select 1 from notification_outbox where dedup_key = ?)""")
			.params(id, message.dedupKey(), message.recipient().name(), message.recipientId(), message.channel().name(),
					message.language(), message.template(), write(message.params()), message.processInstanceId(), now,
					now, message.dedupKey())
			.update();
		if (added == 1) {
			this.events.publishEvent(new Enqueued(id));
		}
		return added == 1;
	}

	/**
	 * How long a fresh message is left to the node that wrote it (its sender takes it up
	 * right after commit) before any node's sweep does: the writer died, or its sender's
	 * queue was full. Without it two nodes would race for every new message.
	 */
	static final Duration FIRST_ATTEMPT_GRACE = Duration.ofMinutes(1);

	/** Messages due for another attempt, or fresh ones their writer has not sent. */
	List<String> due(int limit) {
		Instant now = Instant.now();
		return this.jdbc.sql("""
				select id from notification_outbox where status = 'PENDING' and next_attempt_at <= ?
				and (attempts > 0 or created_at <= ?) order by next_attempt_at fetch first ? rows only""")
			.params(Timestamp.from(now), Timestamp.from(now.minus(FIRST_ATTEMPT_GRACE)), limit)
			.query(String.class)
			.list();
	}

	/**
	 * Takes the message for one attempt, so no other node sends it meanwhile; empty when
	 * another node has it or it is no longer pending.
	 */
	Optional<Row> claim(String id, Duration lease) {
		Instant now = Instant.now();
		int claimed = this.jdbc
			.sql("update notification_outbox set attempts = attempts + 1, next_attempt_at = ?"
					+ " where id = ? and status = 'PENDING' and next_attempt_at <= ?")
			.params(Timestamp.from(now.plus(lease)), id, Timestamp.from(now))
			.update();
		return claimed == 1 ? find(id) : Optional.empty();
	}

	Optional<Row> find(String id) {
		return this.jdbc.sql("""
				select id, dedup_key, recipient_kind, recipient, channel, language, template, params, process_instance,
				    status, attempts, created_at, sent_at, last_error
				from notification_outbox where id = ?""").param(id).query((row, n) -> row(row)).optional();
	}

	List<Row> ofProcessInstance(String processInstanceId) {
		return this.jdbc.sql("""
				select id, dedup_key, recipient_kind, recipient, channel, language, template, params, process_instance,
				    status, attempts, created_at, sent_at, last_error
				from notification_outbox where process_instance = ? order by created_at""")
			.param(processInstanceId)
			.query((row, n) -> row(row))
			.list();
	}

	/** A citizen's messages, latest first, for their contact history. */
	@Override
	public List<SentNotifications.Notice> toCitizen(String citizenRef) {
		return this.jdbc.sql("""
				select coalesce(sent_at, created_at), channel, template, status, params from notification_outbox
				where recipient_kind = 'CITIZEN' and recipient = ? order by created_at desc""")
			.param(citizenRef)
			.query((row, n) -> new SentNotifications.Notice(row.getTimestamp(1).toInstant(), row.getString(2),
					row.getString(3), row.getString(4), read(row.getString(5)).get("trackingCode")))
			.list();
	}

	/**
	 * How many messages of this template a request has had (a step may be done again).
	 */
	long count(String processInstanceId, String template) {
		return this.jdbc.sql("select count(*) from notification_outbox where process_instance = ? and template = ?")
			.params(processInstanceId, template)
			.query(Long.class)
			.single();
	}

	void sent(String id) {
		this.jdbc.sql("update notification_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ?")
			.params(Timestamp.from(Instant.now()), id)
			.update();
	}

	/** A failed attempt: tried again later, or given up after {@link #MOST_ATTEMPTS}. */
	void failed(Row row, String error, Duration retryIn) {
		boolean giveUp = row.attempts() >= MOST_ATTEMPTS;
		this.jdbc.sql("update notification_outbox set status = ?, last_error = ?, next_attempt_at = ? where id = ?")
			.params(giveUp ? Status.FAILED.name() : Status.PENDING.name(), truncate(error),
					Timestamp.from(Instant.now().plus(retryIn)), row.id())
			.update();
	}

	/**
	 * Cannot be sent at all (no address, channel not configured): kept with the reason.
	 */
	void undeliverable(String id, String reason) {
		this.jdbc.sql("update notification_outbox set status = 'UNDELIVERABLE', last_error = ? where id = ?")
			.params(truncate(reason), id)
			.update();
	}

	/** The citizen's data was erased: nothing more goes to them. */
	void cancelFor(String recipient) {
		this.jdbc.sql("update notification_outbox set status = 'CANCELLED' where recipient = ? and status = 'PENDING'")
			.param(recipient)
			.update();
	}

	private Row row(ResultSet row) throws SQLException {
		Message message = new Message(row.getString(2), Message.Recipient.valueOf(row.getString(3)), row.getString(4),
				Message.Channel.valueOf(row.getString(5)), row.getString(6), row.getString(7), read(row.getString(8)),
				row.getString(9));
		Timestamp sent = row.getTimestamp(13);
		return new Row(row.getString(1), message, Status.valueOf(row.getString(10)), row.getInt(11),
				row.getTimestamp(12).toInstant(), sent == null ? null : sent.toInstant(), row.getString(14));
	}

	private String write(Map<String, String> params) {
		try {
			return this.json.writeValueAsString(params);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private Map<String, String> read(String params) {
		try {
			return this.json.readValue(params, PARAMS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}

}
