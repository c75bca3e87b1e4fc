package org.cirm.agency.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cirm.agency.Handoff;
import org.cirm.agency.Handoff.Direction;
import org.cirm.agency.Handoff.Outcome;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code agency_handoff} table. An outbound call's receipt is opened in a transaction
 * of its own, so it survives when the engine rolls the step back; it is closed in the
 * engine's transaction, so it stays open (and keeps its key) until the step has really
 * moved on. Each visit of a step gets a key derived from the process instance, the step,
 * the operation and the number of earlier visits: every attempt, on any node, sends the
 * same key.
 */
@Component
public class HandoffReceipts {

	/** Where a hand-off belongs. */
	public record Place(String processInstanceId, String businessKey, String step) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	public HandoffReceipts(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Opens the receipt of this visit, or counts one more attempt on it. Its id is the
	 * key.
	 */
	public String openOutbound(String agencyCode, String operation, Place place, String payloadHash) {
		try {
			return this.ownTransaction.execute(status -> openOrCount(agencyCode, operation, place, payloadHash));
		}
		catch (DuplicateKeyException anotherNodeOpenedItAtTheSameMoment) {
			return this.ownTransaction.execute(status -> openOrCount(agencyCode, operation, place, payloadHash));
		}
	}

	private String openOrCount(String agencyCode, String operation, Place place, String payloadHash) {
		int visit = 1 + this.jdbc.sql("""
				select count(*) from agency_handoff where process_instance = ? and step = ? and operation = ?
				and direction = 'OUT' and step_open = false""")
			.params(place.processInstanceId(), place.step(), operation)
			.query(Integer.class)
			.single();
		String key = UUID
			.nameUUIDFromBytes((place.processInstanceId() + "/" + place.step() + "/" + operation + "/" + visit)
				.getBytes(StandardCharsets.UTF_8))
			.toString();
		if (!attemptAgain(key)) {
			insert(key, agencyCode, Direction.OUT, operation, place, visit, key, payloadHash, Outcome.PENDING, true);
		}
		return key;
	}

	/** A technical failure, kept although the engine rolls the step back. */
	public void failed(String id, String detail) {
		this.ownTransaction.executeWithoutResult(status -> this.jdbc
			.sql("update agency_handoff set outcome = 'FAILED', detail = ?, updated_at = ? where id = ?")
			.params(abbreviate(detail), now(), id)
			.update());
	}

	/** The step moves on with this outcome (in the engine's transaction). */
	public void close(String id, Outcome outcome, String detail) {
		this.jdbc
			.sql("update agency_handoff set outcome = ?, detail = ?, step_open = false, updated_at = ? where id = ?")
			.params(outcome.name(), abbreviate(detail), now(), id)
			.update();
	}

	/**
	 * A hand-off that happens in one go, such as an answer or a step offered to officers.
	 */
	public void record(String agencyCode, Direction direction, String operation, Place place, String key,
			String payloadHash, Outcome outcome) {
		insert(UUID.randomUUID().toString(), agencyCode, direction, operation, place, 1, key, payloadHash, outcome,
				false);
	}

	public List<Handoff> of(String processInstanceId) {
		return this.jdbc
			.sql("""
					select agency_code, direction, operation, step, idempotency_key, payload_hash, outcome, detail, attempts,
					started_at, updated_at from agency_handoff where process_instance = ? order by started_at, updated_at""")
			.param(processInstanceId)
			.query((row, n) -> new Handoff(row.getString(1), Direction.valueOf(row.getString(2)), row.getString(3),
					row.getString(4), row.getString(5), row.getString(6), Outcome.valueOf(row.getString(7)),
					row.getString(8), row.getInt(9), row.getTimestamp(10).toInstant(),
					row.getTimestamp(11).toInstant()))
			.list();
	}

	/** The process a hand-off of ours (by its key) belongs to. */
	public Optional<Place> placeOf(String agencyCode, String idempotencyKey) {
		return this.jdbc.sql("""
				select process_instance, business_key, step from agency_handoff
				where agency_code = ? and direction = 'OUT' and idempotency_key = ?""")
			.params(agencyCode, idempotencyKey)
			.query((row, n) -> new Place(row.getString(1), row.getString(2), row.getString(3)))
			.optional();
	}

	private boolean attemptAgain(String id) {
		return this.jdbc
			.sql("update agency_handoff set attempts = attempts + 1, outcome = 'PENDING', updated_at = ? where id = ?")
			.params(now(), id)
			.update() == 1;
	}

	private void insert(String id, String agencyCode, Direction direction, String operation, Place place, int visit,
			String key, String payloadHash, Outcome outcome, boolean stepOpen) {
		Timestamp now = now();
		this.jdbc.sql("""
				insert into agency_handoff (id, agency_code, direction, operation, process_instance, business_key, step,
				visit, idempotency_key, payload_hash, outcome, attempts, step_open, started_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
			.params(id, agencyCode, direction.name(), operation, place.processInstanceId(), place.businessKey(),
					place.step(), visit, key, payloadHash, outcome.name(), stepOpen, now, now)
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now());
	}

	private static String abbreviate(String detail) {
		return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
	}

}
