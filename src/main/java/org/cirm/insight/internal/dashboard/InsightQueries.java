package org.cirm.insight.internal.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cirm.insight.internal.Durations;
import org.cirm.insight.internal.InsightFilter;
import org.cirm.insight.internal.WorkingDays;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The managers' reports, each one query over the read model with the filter's conditions:
 * the sums ({@code request_sum}, {@code step_sum}) for the period's reports, the facts
 * for what is open now; none reads Camunda's history. Shares are of requests or steps
 * whose clock ended; working days are office time on the clock over a government office
 * day.
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
		InsightFilter.Where where = filter.sums();
		return new Table("volume", List.of("month", "service", "channel", "received", "completed"), this.jdbc
			.sql("select yyyymm, service_code, channel, sum(received), sum(completed) from request_sum where " + where
					+ " group by yyyymm, service_code, channel order by yyyymm, service_code, channel")
			.params(where.params())
			.query((row, n) -> new Table.Row(this.dates.month(row.getInt(1)), this.names.service(row.getString(2)),
					channel(row.getString(3)), row.getLong(4), row.getLong(5)))
			.list());
	}

	/** The share of requests decided within the service's time limit, per service. */
	Table complianceByService(InsightFilter filter) {
		InsightFilter.Where where = filter.sums();
		return new Table("compliance-service", List.of("service", "decided", "within", "share"),
				this.jdbc
					.sql("select service_code, sum(decided), sum(within) from request_sum where " + where
							+ " group by service_code having sum(decided) > 0 order by service_code")
					.params(where.params())
					.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), row.getLong(2),
							row.getLong(3), Table.percent(row.getLong(3), row.getLong(2))))
					.list());
	}

	/** The share of steps done within their time limit, per step of each service. */
	Table complianceByStep(InsightFilter filter) {
		InsightFilter.Where where = filter.sums();
		return new Table("compliance-step", List.of("service", "step", "decided", "within", "share"), this.jdbc
			.sql("select service_code, step, max(step_name), sum(decided), sum(within) from step_sum where " + where
					+ " group by service_code, step having sum(decided) > 0 order by service_code, step")
			.params(where.params())
			.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), Bilingual.parse(row.getString(3)),
					row.getLong(4), row.getLong(5), Table.percent(row.getLong(5), row.getLong(4))))
			.list());
	}

	/** The share of steps done within their time limit, per agency that held them. */
	Table complianceByAgency(InsightFilter filter) {
		InsightFilter.Where where = filter.sums();
		return new Table("compliance-agency", List.of("agency", "decided", "within", "share"),
				this.jdbc
					.sql("select agency_code, sum(decided), sum(within) from step_sum where " + where
							+ " group by agency_code having sum(decided) > 0 order by agency_code")
					.params(where.params())
					.query((row, n) -> new Table.Row(this.names.agency(row.getString(1)), row.getLong(2),
							row.getLong(3), Table.percent(row.getLong(3), row.getLong(2))))
					.list());
	}

	/**
	 * What is open now, per service, by how many whole Bangkok days it has waited: from
	 * the day sums, per day received those received less those of them that ended. It
	 * reads a row per day and dimension, however many are open (a million open requests
	 * took most of a second to count from the facts), and is as fresh as the sums.
	 */
	Table backlog(InsightFilter filter, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ThaiDates.BANGKOK);
		InsightFilter.Where where = filter
			.narrowed(new InsightFilter.Where(new StringBuilder("grain = 'D'"), new ArrayList<>()));
		Map<String, long[]> open = new TreeMap<>();
		Map<String, LocalDate> oldest = new HashMap<>();
		this.jdbc
			.sql("select service_code, period, sum(received) - sum(ended) from request_sum where " + where
					+ " group by service_code, period having sum(received) > sum(ended)")
			.params(where.params())
			.query((row, n) -> {
				String service = row.getString(1);
				LocalDate received = row.getObject(2, LocalDate.class);
				long days = ChronoUnit.DAYS.between(received, today);
				long[] counts = open.computeIfAbsent(service, key -> new long[4]);
				counts[0] += row.getLong(3);
				counts[days <= 7 ? 1 : (days <= 30 ? 2 : 3)] += row.getLong(3);
				oldest.merge(service, received, (one, other) -> one.isBefore(other) ? one : other);
				return null;
			})
			.list();
		List<Table.Row> rows = new ArrayList<>();
		open.forEach((service, counts) -> rows.add(new Table.Row(this.names.service(service), counts[0], counts[1],
				counts[2], counts[3], this.dates.date(oldest.get(service)))));
		return new Table("backlog", List.of("service", "open", "age-week", "age-month", "age-older", "oldest"), rows);
	}

	/**
	 * Working days per step: how many ended, and within how many tenths of a working day
	 * half of them and nine in ten of them ended.
	 */
	Table handlingTimes(InsightFilter filter) {
		InsightFilter.Where where = filter.sums().andTrue("ended > 0");
		Map<List<String>, Durations> steps = new TreeMap<>(InsightQueries::byKey);
		this.jdbc.sql("select service_code, step, step_name, durations from step_sum where " + where)
			.params(where.params())
			.query((row, n) -> {
				steps
					.computeIfAbsent(List.of(row.getString(1), row.getString(2), row.getString(3)),
							key -> new Durations())
					.add(row.getString(4));
				return null;
			})
			.list();
		Map<List<String>, Durations> byStep = new TreeMap<>(InsightQueries::byKey);
		steps.forEach((key, durations) -> byStep.merge(key.subList(0, 2), durations, Durations::plus));
		List<Table.Row> rows = new ArrayList<>();
		byStep.forEach((key, durations) -> rows
			.add(new Table.Row(this.names.service(key.get(0)), Bilingual.parse(nameOf(steps, key)), durations.count(),
					durations.percentile(50), durations.percentile(90))));
		return new Table("handling", List.of("service", "step", "count", "p50", "p90"), rows);
	}

	/**
	 * The step's name; the greatest, as the other reports choose, where versions differ.
	 */
	private static String nameOf(Map<List<String>, Durations> steps, List<String> step) {
		return steps.keySet()
			.stream()
			.filter(key -> key.subList(0, 2).equals(step))
			.map(key -> key.get(2))
			.max(Comparator.naturalOrder())
			.orElse("");
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
				List.of(new TrackingCode(code).formatted(), this.names.service(row.getString(2)),
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
		InsightFilter.Where where = filter.sums();
		return new Table(id, List.of(column, "responses", "mean", "satisfied"),
				this.jdbc
					.sql("select " + groupBy + ", sum(ratings), sum(rating_sum), sum(satisfied) from request_sum where "
							+ where + " group by " + groupBy + " having sum(ratings) > 0 order by " + groupBy)
					.params(where.params())
					.query((row, n) -> new Table.Row(
							"service".equals(column) ? this.names.service(row.getString(1))
									: this.names.agency(row.getString(1)),
							row.getLong(2), mean(row.getLong(3), row.getLong(2)),
							Table.percent(row.getLong(4), row.getLong(2))))
					.list());
	}

	/** Citizens' ratings of the steps they saw. */
	Table satisfactionByStep(InsightFilter filter) {
		InsightFilter.Where where = filter.sums();
		return new Table("satisfaction-step", List.of("service", "step", "responses", "mean"), this.jdbc
			.sql("select service_code, step, max(step_name), sum(ratings), sum(rating_sum) from step_sum where " + where
					+ " group by service_code, step having sum(ratings) > 0 order by service_code, step")
			.params(where.params())
			.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), Bilingual.parse(row.getString(3)),
					row.getLong(4), mean(row.getLong(5), row.getLong(4))))
			.list());
	}

	/** Completed requests whose close a citizen disputed (reopened), per service. */
	Table disputes(InsightFilter filter) {
		InsightFilter.Where where = filter.sums();
		return new Table("disputes", List.of("service", "completed", "disputed", "rate"),
				this.jdbc
					.sql("select service_code, sum(ended), sum(disputed) from request_sum where " + where
							+ " group by service_code having sum(ended) > 0 order by service_code")
					.params(where.params())
					.query((row, n) -> new Table.Row(this.names.service(row.getString(1)), row.getLong(2),
							row.getLong(3), Table.percent(row.getLong(3), row.getLong(2))))
					.list());
	}

	/** Mean working days and visits per step of one service: the diagram's heat. */
	Map<String, double[]> heat(InsightFilter filter) {
		InsightFilter.Where where = filter.sums();
		Map<String, double[]> heat = new TreeMap<>();
		this.jdbc
			.sql("select step, sum(minutes), sum(ended) from step_sum where " + where
					+ " group by step having sum(ended) > 0")
			.params(where.params())
			.query((row, n) -> heat.put(row.getString(1),
					new double[] { WorkingDays.of(row.getLong(2)) / row.getLong(3), row.getLong(3) }))
			.list();
		return heat;
	}

	private static Bilingual channel(String channel) {
		return Texts.of("insight.channel." + channel);
	}

	private static BigDecimal mean(long sum, long count) {
		return Table.rounded(sum / (double) count, 2);
	}

	private static int byKey(List<String> a, List<String> b) {
		for (int i = 0; i < a.size(); i++) {
			int order = a.get(i).compareTo(b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

}
