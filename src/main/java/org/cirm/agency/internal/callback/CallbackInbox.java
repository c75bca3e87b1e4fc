package org.cirm.agency.internal.callback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code agency_callback} table: every authenticated callback is kept with what
 * became of it, so one that came too early or names nothing we sent can be inspected, and
 * one the process already took is recognised when it comes again.
 */
@Component
class CallbackInbox {

	enum Status {

		/** Received, not yet taken by a process. */
		RECEIVED,
		/** The waiting process took it. */
		ANSWERED,
		/** It answers no hand-off of ours. */
		UNKNOWN_REFERENCE,
		/**
		 * The hand-off exists, but its process is not (or no longer) waiting for this
		 * event.
		 */
		NOT_WAITING

	}

	private final JdbcClient jdbc;

	CallbackInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the callback (or counts a repeat) and says whether a process already took it.
	 * Each statement commits on its own: the callback stays kept whatever happens next. A
	 * kept callback is never rewritten.
	 * @throws ReusedCallbackIdException when the id was kept with other content; nothing
	 * changes
	 */
	Status receive(String agencyCode, Callback callback) {
		try {
			return keepOrCount(agencyCode, callback);
		}
		catch (DuplicateKeyException sameCallbackAtTheSameMoment) {
			return keepOrCount(agencyCode, callback);
		}
	}

	private Status keepOrCount(String agencyCode, Callback callback) {
		Timestamp now = Timestamp.from(Instant.now());
		int kept = this.jdbc.sql("""
				insert into agency_callback (agency_code, callback_id, event, reference, outcome, agency_reference,
				reason, status, attempts, received_at, updated_at)
				select ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', 1, ?, ? from (values (0)) as one_row
				where not exists (select 1 from agency_callback where agency_code = ? and callback_id = ?)""")
			.params(agencyCode, callback.callbackId(), callback.event(), callback.reference(), callback.outcome(),
					callback.agencyReference(), callback.reason(), now, now, agencyCode, callback.callbackId())
			.update();
		if (kept == 1) {
			return Status.RECEIVED;
		}
		if (!sameAsKept(agencyCode, callback)) {
			throw new ReusedCallbackIdException();
		}
		this.jdbc.sql(
				"update agency_callback set attempts = attempts + 1, updated_at = ? where agency_code = ? and callback_id = ?")
			.params(now, agencyCode, callback.callbackId())
			.update();
		return statusOf(agencyCode, callback.callbackId());
	}

	private boolean sameAsKept(String agencyCode, Callback callback) {
		return this.jdbc.sql("""
				select event, reference, outcome, agency_reference, reason from agency_callback
				where agency_code = ? and callback_id = ?""")
			.params(agencyCode, callback.callbackId())
			.query((row, n) -> new Callback(callback.callbackId(), row.getString(1), row.getString(2), row.getString(3),
					row.getString(4), row.getString(5)))
			.single()
			.equals(callback);
	}

	/** The id names a kept callback whose content was different. */
	static class ReusedCallbackIdException extends RuntimeException {

		ReusedCallbackIdException() {
			super("This callbackId was already received with a different body; the kept callback is unchanged");
		}

	}

	/**
	 * Records what became of it (in the caller's transaction). Once answered it stays
	 * answered, whatever a concurrent repeat found.
	 */
	void mark(String agencyCode, String callbackId, Status status) {
		this.jdbc.sql("""
				update agency_callback set status = ?, updated_at = ?
				where agency_code = ? and callback_id = ? and status <> 'ANSWERED'""")
			.params(status.name(), Timestamp.from(Instant.now()), agencyCode, callbackId)
			.update();
	}

	Status statusOf(String agencyCode, String callbackId) {
		return Status
			.valueOf(this.jdbc.sql("select status from agency_callback where agency_code = ? and callback_id = ?")
				.params(agencyCode, callbackId)
				.query(String.class)
				.single());
	}

	/** What an operator inspects: callbacks in one state, newest first. */
	List<KeptCallback> inState(Status status, int most) {
		return this.jdbc.sql("""
				select agency_code, callback_id, event, reference, outcome, agency_reference, status, attempts,
				received_at, updated_at from agency_callback where status = ? order by updated_at desc
				fetch first ? rows only""")
			.params(status.name(), most)
			.query((row, n) -> new KeptCallback(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getString(5), row.getString(6), Status.valueOf(row.getString(7)), row.getInt(8),
					row.getTimestamp(9).toInstant(), row.getTimestamp(10).toInstant()))
			.list();
	}

	record KeptCallback(String agencyCode, String callbackId, String event, String reference, String outcome,
			String agencyReference, Status status, int attempts, Instant receivedAt, Instant updatedAt) {
	}

}
