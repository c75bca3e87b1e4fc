package org.cirm.insight.internal.prediction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Our requests as cases of an event log, read from the reporting read model: each visit
 * of a step with a time limit begun before the request was done, and for a request done,
 * an {@code (end)} event then; a step still running ends {@link EventLog#OPEN}. Done is
 * its decision (the service clock stopped: what the legal deadline is for), else the end
 * of its process. The same cases the event-log export writes, so what the backtest judges
 * is what runs live.
 */
@Component
class RequestCases {

	/** A request as a case, with what the forecasts need beside its events. */
	record Request(String id, String trackingCode, String processInstance, String agency, Instant due, Instant ended,
			EventLog.Case kase, Map<String, String> stepNames) {

		boolean running() {
			return this.ended == null;
		}

	}

	/** When a request was done: its decision, else the end of its process. */
	static final String DONE = "coalesce(r.decided_at, r.ended_at)";

	private static final String REQUESTS = "select r.request_id, r.service_code, r.channel, r.agency_code, r.due_at,"
			+ " " + DONE + ", s.step, s.started_at, s.ended_at, s.worked_by, r.tracking_code, r.process_instance,"
			+ " s.step_name from request_fact r" + " left join step_fact s on s.request_id = r.request_id ";

	private final JdbcClient jdbc;

	RequestCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest requests that ended since then, at most about this many. */
	List<Request> ended(Instant since, int most) {
		Instant from = this.jdbc
			.sql("select " + DONE + " from request_fact r where " + DONE + " >= ? order by 1 desc limit 1 offset ?")
			.params(Timestamp.from(since), most - 1)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(nth -> nth.isAfter(since))
			.orElse(since);
		return read(REQUESTS + "where " + DONE + " >= ? order by r.request_id, s.started_at", Timestamp.from(from));
	}

	/** The requests still running: the latest filed, at most this many. */
	List<Request> running(int most) {
		return read(REQUESTS + "where r.request_id in (select request_id from request_fact where ended_at is null"
				+ " and decided_at is null order by received_at desc limit ?) order by r.request_id, s.started_at",
				most);
	}

	Optional<Request> byId(String requestId) {
		return read(REQUESTS + "where r.request_id = ? order by s.started_at", requestId).stream().findFirst();
	}

	Optional<Request> byTrackingCode(String trackingCode) {
		return read(REQUESTS + "where r.tracking_code = ? order by s.started_at", trackingCode).stream().findFirst();
	}

	/** The rows as requests; one without any event yet (just filed) is left out. */
	private List<Request> read(String sql, Object... params) {
		Map<String, List<Object[]>> rows = new LinkedHashMap<>();
		this.jdbc.sql(sql).params(params).query((ResultSet row) -> {
			rows.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(values(row));
		});
		List<Request> requests = new ArrayList<>();
		rows.forEach((id, steps) -> {
			Object[] first = steps.get(0);
			Instant ended = (Instant) first[5];
			List<EventLog.Event> events = new ArrayList<>();
			Map<String, String> names = new HashMap<>();
			for (Object[] step : steps) {
				if (step[6] != null) {
					names.put((String) step[6], (String) step[12]);
					Instant end = step[8] == null ? EventLog.OPEN : (Instant) step[8];
					// A step still open at the decision ends, for the forecasts, with it.
					events.add(new EventLog.Event((String) step[6], (Instant) step[7],
							ended != null && end.isAfter(ended) ? ended : end, (String) step[9]));
				}
			}
			if (ended != null) {
				events.add(new EventLog.Event(EventLogExport.END, null, ended, null));
			}
			if (!events.isEmpty()) {
				requests.add(new Request(id, (String) first[10], (String) first[11], (String) first[3],
						(Instant) first[4], ended,
						new EventLog.Case(id, (String) first[1], (String) first[2], (Instant) first[4], events),
						names));
			}
		});
		return requests;
	}

	private static Object[] values(ResultSet row) throws SQLException {
		return new Object[] { row.getString(1), row.getString(2), row.getString(3), row.getString(4),
				instant(row.getTimestamp(5)), instant(row.getTimestamp(6)), row.getString(7),
				instant(row.getTimestamp(8)), instant(row.getTimestamp(9)), row.getString(10), row.getString(11),
				row.getString(12), row.getString(13) };
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}

}
