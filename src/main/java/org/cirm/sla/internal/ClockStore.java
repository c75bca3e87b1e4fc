package org.cirm.sla.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cirm.sla.Breach;
import org.cirm.sla.Deadline;
import org.cirm.sla.DelayNotice;
import org.cirm.platform.Bilingual;
import org.cirm.sla.TimeLimit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SLA tables: clocks, breach records and delay notices. Called inside the engine's
 * transactions (listeners, jobs), so a clock never outlives a rolled-back step.
 */
@Component
class ClockStore {

	private static final String COLUMNS = """
			id, kind, process_instance, business_key, service_code, step, activity_instance, step_name,
			agency_code, time_limit, started_at, paused_since, paused_minutes, warn_at, due_at, warned_at,
			breached_at, ended_at, delay_reason""";

	private final JdbcClient jdbc;

	ClockStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Clock clock) {
		this.jdbc
			.sql("insert into sla_clock (" + COLUMNS + ") values "
					+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(clock.id(), clock.kind().name(), clock.processInstance(), clock.businessKey(), clock.serviceCode(),
					clock.step(), clock.activityInstance(), clock.stepName(), clock.agencyCode(),
					clock.limit().toString(), ts(clock.startedAt()), ts(clock.pausedSince()), clock.pausedMinutes(),
					ts(clock.warnAt()), ts(clock.dueAt()), ts(clock.warnedAt()), ts(clock.breachedAt()),
					ts(clock.endedAt()), clock.delayReason())
			.update();
	}

	Optional<Clock> find(String id) {
		return this.jdbc.sql("select " + COLUMNS + " from sla_clock where id = ?")
			.param(id)
			.query(ClockStore::clock)
			.optional();
	}

	Optional<Clock> ofVisit(String activityInstance) {
		return this.jdbc.sql("select " + COLUMNS + " from sla_clock where activity_instance = ?")
			.param(activityInstance)
			.query(ClockStore::clock)
			.optional();
	}

	Optional<Clock> serviceOf(String processInstance) {
		return this.jdbc.sql("select " + COLUMNS + " from sla_clock where process_instance = ? and kind = 'SERVICE'")
			.param(processInstance)
			.query(ClockStore::clock)
			.optional();
	}

	List<Clock> ofCase(String processInstance) {
		return this.jdbc.sql("select " + COLUMNS + " from sla_clock where process_instance = ? order by started_at, id")
			.param(processInstance)
			.query(ClockStore::clock)
			.list();
	}

	List<Clock> running() {
		return this.jdbc.sql("select " + COLUMNS + " from sla_clock where ended_at is null order by due_at")
			.query(ClockStore::clock)
			.list();
	}

	/** Running clocks past their warning, most urgent first (the supervisors' list). */
	List<Clock> atRiskOrOverdue(Instant now, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from sla_clock where ended_at is null and paused_since is null"
					+ " and warn_at <= ? order by due_at fetch first ? rows only")
			.params(ts(now), limit)
			.query(ClockStore::clock)
			.list();
	}

	void deadlines(Clock clock) {
		this.jdbc.sql("update sla_clock set warn_at = ?, due_at = ? where id = ?")
			.params(ts(clock.warnAt()), ts(clock.dueAt()), clock.id())
			.update();
	}

	void pause(String id, Instant since) {
		this.jdbc.sql("update sla_clock set paused_since = ? where id = ? and paused_since is null")
			.params(ts(since), id)
			.update();
	}

	void resume(String id, long pausedMinutes) {
		this.jdbc.sql("update sla_clock set paused_since = null, paused_minutes = ? where id = ?")
			.params(pausedMinutes, id)
			.update();
	}

	void warned(String id, Instant at) {
		this.jdbc.sql("update sla_clock set warned_at = ? where id = ? and warned_at is null")
			.params(ts(at), id)
			.update();
	}

	void breached(Clock clock, Instant at) {
		int changed = this.jdbc.sql("update sla_clock set breached_at = ? where id = ? and breached_at is null")
			.params(ts(at), clock.id())
			.update();
		if (changed == 1) {
			this.jdbc.sql("""
					insert into sla_breach (id, clock_id, kind, process_instance, service_code, step, step_name,
					    agency_code, due_at, breached_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID().toString(), clock.id(), clock.kind().name(), clock.processInstance(),
						clock.serviceCode(), clock.step(), clock.stepName(), clock.agencyCode(), ts(clock.dueAt()),
						ts(at))
				.update();
		}
	}

	void ended(String id, Instant at) {
		this.jdbc.sql("update sla_clock set ended_at = ?, paused_since = null where id = ? and ended_at is null")
			.params(ts(at), id)
			.update();
		this.jdbc.sql("update sla_breach set actual_at = ? where clock_id = ? and actual_at is null")
			.params(ts(at), id)
			.update();
	}

	void delayReason(String id, String reason) {
		this.jdbc.sql("update sla_clock set delay_reason = ? where id = ?").params(reason, id).update();
	}

	List<Breach> breaches(Instant from, Instant to) {
		return this.jdbc
			.sql("""
					select kind, process_instance, service_code, step, step_name, agency_code, due_at, breached_at, actual_at
					from sla_breach where breached_at >= ? and breached_at < ? order by breached_at""")
			.params(ts(from), ts(to))
			.query((row, n) -> new Breach(Deadline.Kind.valueOf(row.getString(1)), row.getString(2), row.getString(3),
					row.getString(4), row.getString(5), row.getString(6), instant(row, 7), instant(row, 8),
					instant(row, 9)))
			.list();
	}

	int noticesOf(String clockId) {
		return this.jdbc.sql("select count(*) from sla_delay_notice where clock_id = ?")
			.param(clockId)
			.query(Integer.class)
			.single();
	}

	void notice(String clockId, DelayNotice notice) {
		this.jdbc.sql("""
				insert into sla_delay_notice (id, clock_id, process_instance, business_key, service_code, sequence,
				    due_at, issued_at, reason_th, reason_en)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID().toString(), clockId, notice.processInstanceId(), notice.trackingCode(),
					notice.serviceCode(), notice.sequence(), ts(notice.dueAt()), ts(notice.issuedAt()),
					notice.reason().th(), notice.reason().en())
			.update();
	}

	List<DelayNotice> notices(Instant from, Instant to) {
		return this.jdbc.sql("""
				select process_instance, business_key, service_code, sequence, due_at, issued_at, reason_th, reason_en
				from sla_delay_notice where issued_at >= ? and issued_at < ? order by issued_at, sequence""")
			.params(ts(from), ts(to))
			.query(ClockStore::notice)
			.list();
	}

	List<DelayNotice> noticesOfCase(String processInstance) {
		return this.jdbc.sql("""
				select process_instance, business_key, service_code, sequence, due_at, issued_at, reason_th, reason_en
				from sla_delay_notice where process_instance = ? order by sequence""")
			.param(processInstance)
			.query(ClockStore::notice)
			.list();
	}

	private static DelayNotice notice(ResultSet row, int n) throws SQLException {
		return new DelayNotice(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), instant(row, 5),
				instant(row, 6), new Bilingual(row.getString(7), row.getString(8)));
	}

	private static Clock clock(ResultSet row, int n) throws SQLException {
		return new Clock(row.getString(1), Deadline.Kind.valueOf(row.getString(2)), row.getString(3), row.getString(4),
				row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
				TimeLimit.parse(row.getString(10)).orElseThrow(), instant(row, 11), instant(row, 12), row.getLong(13),
				instant(row, 14), instant(row, 15), instant(row, 16), instant(row, 17), instant(row, 18),
				row.getString(19));
	}

	private static Instant instant(ResultSet row, int column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
