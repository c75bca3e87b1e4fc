package org.cirm.insight.internal.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cirm.insight.internal.Durations;
import org.cirm.platform.ThaiDates;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the sums the reports read ({@code request_sum}, {@code step_sum}): a day's
 * rows from the facts of that Bangkok day, a month's rows from its days' rows. Each
 * recompute replaces what was there in one transaction, so doing it twice gives the same
 * rows, and two nodes doing it at once collide on the primary key instead of adding up.
 */
@Component
class FactSums {

	static final String DAY = "D";

	static final String MONTH = "M";

	private static final String REQUEST_MEASURES = "received, completed, decided, within, ended, disputed,"
			+ " ratings, rating_sum, satisfied";

	private static final String STEP_KEY = "service_code, step, agency_code, province, channel";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transaction;

	FactSums(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = transaction;
	}

	/** Recomputes the day's rows from the facts of that Bangkok day. */
	void recomputeDay(LocalDate day) {
		Timestamp from = Timestamp.from(day.atStartOfDay(ThaiDates.BANGKOK).toInstant());
		Timestamp to = Timestamp.from(day.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant());
		List<StepSum> steps = stepsOfDay(from, to);
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.sql("delete from request_sum where grain = ? and period = ?").params(DAY, day).update();
			this.jdbc.sql("insert into request_sum (grain, period, yyyymm, service_code, agency_code, province,"
					+ " channel, " + REQUEST_MEASURES + ") select ?, ?, ?, service_code, agency_code, province,"
					+ " channel, sum(received), sum(completed), sum(decided), sum(within), sum(ended),"
					+ " sum(disputed), sum(ratings), sum(rating_sum), sum(satisfied) from ("
					+ " select service_code, coalesce(agency_code, '') as agency_code, coalesce(province, '') as"
					+ " province, channel, 1 as received, 0 as completed,"
					+ " case when ended_at is not null and sla_state in ('MET', 'BREACHED') then 1 else 0 end"
					+ " as decided, case when ended_at is not null and sla_state = 'MET' then 1 else 0 end as within,"
					+ " case when ended_at is not null then 1 else 0 end as ended,"
					+ " case when ended_at is not null and disputes > 0 then 1 else 0 end as disputed,"
					+ " case when rating is not null then 1 else 0 end as ratings, coalesce(rating, 0) as rating_sum,"
					+ " case when rating >= 4 then 1 else 0 end as satisfied"
					+ " from request_fact where received_at >= ? and received_at < ?"
					+ " union all select service_code, coalesce(agency_code, ''), coalesce(province, ''), channel,"
					+ " 0, 1, 0, 0, 0, 0, 0, 0, 0 from request_fact where ended_at >= ? and ended_at < ?) f"
					+ " group by service_code, agency_code, province, channel")
				.params(DAY, day, month(day), from, to, from, to)
				.update();
			replaceSteps(DAY, day, steps);
		});
	}

	/** Recomputes the month's rows from its days' rows. */
	void recomputeMonth(LocalDate firstDay) {
		LocalDate next = firstDay.plusMonths(1);
		Map<List<String>, StepSum> steps = new LinkedHashMap<>();
		this.jdbc
			.sql("select " + STEP_KEY + ", step_name, decided, within, ended, minutes, ratings, rating_sum, durations"
					+ " from step_sum where grain = ? and period >= ? and period < ?")
			.params(DAY, firstDay, next)
			.query((row, n) -> {
				String name = row.getString(6);
				StepSum sum = steps.computeIfAbsent(key(row), key -> new StepSum(key, name));
				sum.add(row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10), row.getLong(11),
						row.getLong(12));
				sum.durations.add(row.getString(13));
				return null;
			})
			.list();
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.sql("delete from request_sum where grain = ? and period = ?").params(MONTH, firstDay).update();
			this.jdbc
				.sql("insert into request_sum (grain, period, yyyymm, service_code, agency_code, province, channel, "
						+ REQUEST_MEASURES + ") select ?, ?, yyyymm, service_code, agency_code, province, channel,"
						+ " sum(received), sum(completed), sum(decided), sum(within), sum(ended), sum(disputed),"
						+ " sum(ratings), sum(rating_sum), sum(satisfied) from request_sum"
						+ " where grain = ? and period >= ? and period < ?"
						+ " group by yyyymm, service_code, agency_code, province, channel")
				.params(MONTH, firstDay, DAY, firstDay, next)
				.update();
			replaceSteps(MONTH, firstDay, new ArrayList<>(steps.values()));
		});
	}

	/** Every step visit that started that day, summed by step and dimensions. */
	private List<StepSum> stepsOfDay(Timestamp from, Timestamp to) {
		Map<List<String>, StepSum> steps = new LinkedHashMap<>();
		this.jdbc
			.sql("select service_code, step, coalesce(agency_code, ''), coalesce(province, ''), channel, step_name,"
					+ " ended_at, sla_state, working_minutes, rating from step_fact"
					+ " where started_at >= ? and started_at < ?")
			.params(from, to)
			.query((row, n) -> {
				String name = row.getString(6);
				StepSum sum = steps.computeIfAbsent(key(row), key -> new StepSum(key, name));
				boolean ended = row.getTimestamp(7) != null;
				String state = row.getString(8);
				long minutes = row.getLong(9);
				int rating = row.getInt(10);
				boolean rated = !row.wasNull();
				sum.add(ended && ("MET".equals(state) || "BREACHED".equals(state)) ? 1 : 0,
						ended && "MET".equals(state) ? 1 : 0, ended ? 1 : 0, ended ? minutes : 0, rated ? 1 : 0,
						rated ? rating : 0);
				if (ended) {
					sum.durations.add(minutes);
				}
				return null;
			})
			.list();
		return new ArrayList<>(steps.values());
	}

	private void replaceSteps(String grain, LocalDate period, List<StepSum> steps) {
		this.jdbc.sql("delete from step_sum where grain = ? and period = ?").params(grain, period).update();
		List<Object[]> rows = new ArrayList<>();
		for (StepSum sum : steps) {
			List<Object> row = new ArrayList<>(List.of(grain, period));
			row.addAll(sum.key);
			row.add(sum.name);
			for (long measure : sum.measures) {
				row.add(measure);
			}
			row.add(sum.durations.toString());
			rows.add(row.toArray());
		}
		this.batch.batchUpdate("insert into step_sum (grain, period, " + STEP_KEY + ", step_name, decided, within,"
				+ " ended, minutes, ratings, rating_sum, durations) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
	}

	private static List<String> key(ResultSet row) throws SQLException {
		return List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5));
	}

	private static int month(LocalDate day) {
		return day.getYear() * 100 + day.getMonthValue();
	}

	/** One step's sums for one combination of dimensions. */
	private static final class StepSum {

		final List<String> key;

		final String name;

		final long[] measures = new long[6];

		final Durations durations = new Durations();

		StepSum(List<String> key, String name) {
			this.key = key;
			this.name = name;
		}

		void add(long... values) {
			for (int i = 0; i < values.length; i++) {
				this.measures[i] += values[i];
			}
		}

	}

}
