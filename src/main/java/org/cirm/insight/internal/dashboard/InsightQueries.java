package org.cirm.insight.internal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cirm.insight.internal.InsightFilter;
import org.cirm.insight.internal.WorkingDays;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.platform.ThaiDates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The managers' reports, each one query over the read model ({@code request_fact},
 * {@code step_fact}) with the filter's conditions; none reads Camunda's history. Shares
 * are of requests or steps whose clock ended; working days are office time on the clock
 * over a government office day.
 */
@Component
class InsightQueries {

	private static final String WITHIN = "sum(case when sla_state = 'MET' then 1 else 0 end)";

	private static final String DECIDED = "ended_at is not null and sla_state in ('MET', 'BREACHED')";

	private final JdbcClient jdbc;

	private final Names names;

	private final ThaiDates dates;

	InsightQueries(JdbcClient jdbc, Names names, ThaiDates dates) {
		this.jdbc = jdbc;
		this.names = names;
		this.dates = dates;
	}

	/** Requests received and completed per month, service and channel. */
	Table volume(InsightFilter filter) {
		Map<List<Object>, long[]> counts = new TreeMap<>(InsightQueries::byKey);
		count(filter.requests(), "received_month", counts, 0);
		count(filter.completed(), "ended_month", counts, 1);
		List<Table.Row> rows = new ArrayList<>();
		counts.forEach((key, n) -> rows.add(new Table.Row(this.dates.month((Integer) key.get(0)),
				this.names.service((String) key.get(1)), channel((String) key.get(2)), n[0], n[1])));
		return new Table("volume", List.of("month", "service", "channel", "received", "completed"), rows);
	}

	private void count(InsightFilter.Where where, String month, Map<List<Object>, long[]> counts, int slot) {
		this.jdbc
			.sql("select " + month + ", service_code, channel, count(*) from request_fact where " + where + " group by "
					+ month + ", service_code, channel")
			.params(where.params())
			.query((row, n) -> {
				counts.computeIfAbsent(List.of(row.getInt(1), row.getString(2), row.getString(3)),
						key -> new long[2])[slot] = row.getLong(4);
				return null;
			})
			.list();
	}

	/** The share of requests decided within the service's time limit, per service. */
	Table complianceByService(InsightFilter filter) {
		InsightFilter.Where where = filter.requests().andTrue(DECIDED);
		return new Table("compliance-service", List.of("service", "decided", "within", "share"),
				this.jdbc
					.sql("select service_code, count(*), " + WITHIN + " from request_fact where " + where
							+ " group by service_code order by service_code")
					.params(where.params())
					.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), row.getLong(2),
							row.getLong(3), percent(row.getLong(3), row.getLong(2))))
					.list());
	}

	/** The share of steps done within their time limit, per step of each service. */
	Table complianceByStep(InsightFilter filter) {
		InsightFilter.Where where = filter.steps().andTrue(DECIDED);
		return new Table("compliance-step", List.of("service", "step", "decided", "within", "share"), this.jdbc
			.sql("select service_code, step, max(step_name), count(*), " + WITHIN + " from step_fact where " + where
					+ " group by service_code, step order by service_code, step")
			.params(where.params())
			.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), Bilingual.parse(row.getString(3)),
					row.getLong(4), row.getLong(5), percent(row.getLong(5), row.getLong(4))))
			.list());
	}

	/** The share of steps done within their time limit, per agency that held them. */
	Table complianceByAgency(InsightFilter filter) {
		InsightFilter.Where where = filter.steps().andTrue(DECIDED);
		return new Table("compliance-agency", List.of("agency", "decided", "within", "share"),
				this.jdbc
					.sql("select agency_code, count(*), " + WITHIN + " from step_fact where " + where
							+ " group by agency_code order by agency_code")
					.params(where.params())
					.query((row, n) -> new Table.Row(this.names.agency(row.getString(1)), row.getLong(2),
							row.getLong(3), percent(row.getLong(3), row.getLong(2))))
					.list());
	}

	/** Open requests per service and how long they have waited (calendar days), now. */
	Table backlog(InsightFilter filter, Instant now) {
		InsightFilter.Where where = filter.open("");
		Timestamp week = Timestamp.from(now.minus(Duration.ofDays(7)));
		Timestamp month = Timestamp.from(now.minus(Duration.ofDays(30)));
		List<Object> params = new ArrayList<>(List.of(week, week, month, month));
		params.addAll(where.params());
		return new Table("backlog", List.of("service", "open", "age-week", "age-month", "age-older", "oldest"),
				this.jdbc
					.sql("select service_code, count(*), sum(case when received_at >= ? then 1 else 0 end),"
							+ " sum(case when received_at < ? and received_at >= ? then 1 else 0 end),"
							+ " sum(case when received_at < ? then 1 else 0 end), min(received_at) from request_fact"
							+ " where " + where + " group by service_code order by service_code")
					.params(params)
					.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), row.getLong(2),
							row.getLong(3), row.getLong(4), row.getLong(5),
							this.dates.dateTime(row.getTimestamp(6).toInstant())))
					.list());
	}

	/** Working days per step: how many, the median and the 90th percentile. */
	Table handlingTimes(InsightFilter filter) {
		InsightFilter.Where where = filter.steps().andTrue("ended_at is not null");
		return new Table("handling", List.of("service", "step", "count", "p50", "p90"), this.jdbc
			.sql("select service_code, step, max(step_name), count(*),"
					+ " percentile_cont(0.5) within group (order by working_minutes),"
					+ " percentile_cont(0.9) within group (order by working_minutes) from step_fact where " + where
					+ " group by service_code, step order by service_code, step")
			.params(where.params())
			.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), Bilingual.parse(row.getString(3)),
					row.getLong(4), days(row.getDouble(5)), days(row.getDouble(6))))
			.list());
	}

	/**
	 * Requests and steps still open past their warning or their deadline, most urgent
	 * first; each leads to the request in Cockpit.
	 */
	Table alerts(InsightFilter filter, int most) {
		InsightFilter.Where where = filter.open("").andTrue("sla_state in ('AT_RISK', 'BREACHED')");
		List<Object> params = new ArrayList<>(where.params());
		InsightFilter.Where steps = filter.open("s.").andTrue("s.sla_state in ('AT_RISK', 'BREACHED')");
		params.addAll(steps.params());
		params.add(most);
		return new Table("alerts", List.of("tracking-code", "service", "step", "agency", "due", "state"),
				this.jdbc
					.sql("select tracking_code, service_code, null, agency_code, due_at, sla_state, process_instance"
							+ " from request_fact where " + where
							+ " union all select r.tracking_code, s.service_code, s.step_name, s.agency_code, s.due_at,"
							+ " s.sla_state, r.process_instance from step_fact s join request_fact r"
							+ " on r.request_id = s.request_id where " + steps + " order by 5 limit ?")
					.params(params)
					.query(this::alert)
					.list());
	}

	private Table.Row alert(ResultSet row, int n) throws SQLException {
		String code = row.getString(1);
		return new Table.Row(
				List.of(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8),
						this.names.service(row.getString(2)),
						row.getString(3) == null ? Texts.of("insight.whole-request")
								: Bilingual.parse(row.getString(3)),
						this.names.agency(row.getString(4)), this.dates.dateTime(row.getTimestamp(5).toInstant()),
						Texts.of("insight.state." + row.getString(6))),
				"/camunda/app/cockpit/default/#/process-instance/" + row.getString(7) + "/runtime");
	}

	/**
	 * Citizens' ratings per service: how many answered, the mean, the share satisfied.
	 */
	Table satisfactionByService(InsightFilter filter) {
		return satisfaction("satisfaction-service", "service", "service_code", filter);
	}

	/** Citizens' ratings per agency responsible for the request. */
	Table satisfactionByAgency(InsightFilter filter) {
		return satisfaction("satisfaction-agency", "agency", "agency_code", filter);
	}

	private Table satisfaction(String id, String column, String groupBy, InsightFilter filter) {
		InsightFilter.Where where = filter.requests().andTrue("rating is not null");
		return new Table(id, List.of(column, "responses", "mean", "satisfied"),
				this.jdbc
					.sql("select " + groupBy + ", count(*), avg(cast(rating as double precision)),"
							+ " sum(case when rating >= 4 then 1 else 0 end) from request_fact where " + where
							+ " group by " + groupBy + " order by " + groupBy)
					.params(where.params())
					.query((row, n) -> new Table.Row(
							"service".equals(column) ? this.names.service(row.getString(1))
									: this.names.agency(row.getString(1)),
							row.getLong(2), round(row.getDouble(3), 2), percent(row.getLong(4), row.getLong(2))))
					.list());
	}

	/** Citizens' ratings of the steps they saw. */
	Table satisfactionByStep(InsightFilter filter) {
		InsightFilter.Where where = filter.steps().andTrue("rating is not null");
		return new Table("satisfaction-step", List.of("service", "step", "responses", "mean"), this.jdbc
			.sql("select service_code, step, max(step_name), count(*), avg(cast(rating as double precision))"
					+ " from step_fact where " + where + " group by service_code, step order by service_code, step")
			.params(where.params())
			.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), Bilingual.parse(row.getString(3)),
					row.getLong(4), round(row.getDouble(5), 2)))
			.list());
	}

	/** Completed requests whose close a citizen disputed (reopened), per service. */
	Table disputes(InsightFilter filter) {
		InsightFilter.Where where = filter.requests().andTrue("ended_at is not null");
		return new Table("disputes", List.of("service", "completed", "disputed", "rate"), this.jdbc
			.sql("select service_code, count(*), sum(case when disputes > 0 then 1 else 0 end) from request_fact"
					+ " where " + where + " group by service_code order by service_code")
			.params(where.params())
			.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), row.getLong(2), row.getLong(3),
					percent(row.getLong(3), row.getLong(2))))
			.list());
	}

	/** Mean working days and visits per step of one service: the diagram's heat. */
	Map<String, double[]> heat(InsightFilter filter) {
		InsightFilter.Where where = filter.steps().andTrue("ended_at is not null");
		Map<String, double[]> heat = new TreeMap<>();
		this.jdbc
			.sql("select step, avg(cast(working_minutes as double precision)), count(*) from step_fact where " + where
					+ " group by step")
			.params(where.params())
			.query((row, n) -> heat.put(row.getString(1),
					new double[] { row.getDouble(2) / WorkingDays.MINUTES, row.getLong(3) }))
			.list();
		return heat;
	}

	private static Bilingual channel(String channel) {
		return Texts.of("insight.channel." + channel);
	}

	static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null : round(100.0 * part / whole, 1);
	}

	static BigDecimal days(double minutes) {
		return round(minutes / WorkingDays.MINUTES, 1);
	}

	private static BigDecimal round(double value, int places) {
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
	}

	@SuppressWarnings("unchecked")
	private static int byKey(List<Object> a, List<Object> b) {
		for (int i = 0; i < a.size(); i++) {
			int order = ((Comparable<Object>) a.get(i)).compareTo(b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

}
