package org.cirm.servicerequest.internal.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.Outcome;
import org.cirm.servicerequest.Submission;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code service_request} table. */
@Component
class RequestStore {

	private static final String COLUMNS = "id, tracking_code, service_code, channel, citizen_ref, process_instance,"
			+ " payload_hash, received_at";

	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Stored(String id, TrackingCode trackingCode, String serviceCode, Channel channel, String citizenRef,
			String processInstance, String payloadHash, Instant receivedAt) {

		/** As other modules see it. */
		FiledRequest filed() {
			return new FiledRequest(this.id, this.trackingCode, this.serviceCode, this.channel, this.processInstance,
					this.receivedAt);
		}

	}

	/**
	 * @param filedBy the officer who filed it for the citizen; null when the citizen did
	 */
	void insert(Stored request, String idempotencyKey, Submission.Officer filedBy) {
		this.jdbc
			.sql("insert into service_request (" + COLUMNS + ", idempotency_key, filed_by, filed_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(request.id(), request.trackingCode().value(), request.serviceCode(), request.channel().name(),
					request.citizenRef(), request.processInstance(), request.payloadHash(),
					Timestamp.from(request.receivedAt()), idempotencyKey, filedBy == null ? null : filedBy.id(),
					filedBy == null ? null : filedBy.agencyCode())
			.update();
	}

	/** Who filed the request for the citizen, if an officer did. */
	Optional<Submission.Officer> filedBy(String id) {
		return this.jdbc.sql("select filed_by, filed_at from service_request where id = ? and filed_by is not null")
			.param(id)
			.query((row, n) -> new Submission.Officer(row.getString(1), row.getString(2)))
			.optional();
	}

	/** Tracking codes in their order, after this one (from the first when null). */
	List<TrackingCode> codesAfter(TrackingCode after, int most) {
		return this.jdbc
			.sql("select tracking_code from service_request where tracking_code > ? order by tracking_code limit ?")
			.params(after == null ? "" : after.value(), most)
			.query((row, n) -> new TrackingCode(row.getString(1)))
			.list();
	}

	void started(String id, String processInstance) {
		this.jdbc.sql("update service_request set process_instance = ? where id = ?")
			.params(processInstance, id)
			.update();
	}

	/**
	 * Names the applicant of a request filed without one; false if it has one already.
	 */
	boolean identified(String id, String citizenRef) {
		return this.jdbc.sql("update service_request set citizen_ref = ? where id = ? and citizen_ref is null")
			.params(citizenRef, id)
			.update() == 1;
	}

	/** The end a request reached, as its model declares it; a later end replaces it. */
	void ended(String id, Outcome.Kind outcome, String endEvent, Instant at) {
		this.jdbc.sql("update service_request set outcome = ?, outcome_end = ?, outcome_at = ? where id = ?")
			.params(outcome.name(), endEvent, Timestamp.from(at), id)
			.update();
	}

	/** The end a request reached: its outcome, the end event's id and when. */
	record Ended(Outcome.Kind outcome, String endEvent, Instant at) {
	}

	Optional<Ended> endOf(String id) {
		return this.jdbc
			.sql("select outcome, outcome_end, outcome_at from service_request where id = ? and outcome is not null")
			.param(id)
			.query((row, n) -> new Ended(Outcome.Kind.valueOf(row.getString(1)), row.getString(2),
					row.getTimestamp(3).toInstant()))
			.optional();
	}

	Optional<Stored> byIdempotencyKey(String key) {
		return this.jdbc.sql("select " + COLUMNS + " from service_request where idempotency_key = ?")
			.param(key)
			.query(RequestStore::stored)
			.optional();
	}

	List<Stored> byCitizen(String citizenRef) {
		return this.jdbc
			.sql("select " + COLUMNS + " from service_request where citizen_ref = ? order by received_at desc")
			.param(citizenRef)
			.query(RequestStore::stored)
			.list();
	}

	Optional<Stored> byId(String id) {
		return this.jdbc.sql("select " + COLUMNS + " from service_request where id = ?")
			.param(id)
			.query(RequestStore::stored)
			.optional();
	}

	Optional<Stored> byProcessInstance(String processInstance) {
		return this.jdbc.sql("select " + COLUMNS + " from service_request where process_instance = ?")
			.param(processInstance)
			.query(RequestStore::stored)
			.optional();
	}

	Optional<Stored> byTrackingCode(TrackingCode code) {
		return this.jdbc.sql("select " + COLUMNS + " from service_request where tracking_code = ?")
			.param(code.value())
			.query(RequestStore::stored)
			.optional();
	}

	/**
	 * The request a process belongs to, by the process's business key: the tracking code
	 * (the request id for processes started before the key was the code).
	 */
	Optional<Stored> byBusinessKey(String businessKey) {
		return TrackingCode.parse(businessKey)
			.flatMap(this::byTrackingCode)
			.or(() -> businessKey == null ? Optional.empty() : byId(businessKey));
	}

	private static Stored stored(ResultSet row, int n) throws SQLException {
		return new Stored(row.getString(1), new TrackingCode(row.getString(2)), row.getString(3),
				Channel.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
				row.getTimestamp(8).toInstant());
	}

}
