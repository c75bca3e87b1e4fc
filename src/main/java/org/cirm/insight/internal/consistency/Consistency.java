package org.cirm.insight.internal.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.cirm.insight.internal.InsightFilter;
import org.cirm.insight.internal.WorkingDays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares the units that handled the same step of the same service (the officers who
 * worked it, the counters that filed the requests, the channels, the hours it started) on
 * the read model: the share done within the deadline as a funnel plot, and the working
 * days as a rank test.
 */
@Component
public class Consistency {

	/** What units compare, by the {@code step_fact} column that names them. */
	public enum By {

		OFFICER("worked_by"), COUNTER("filed_at"), CHANNEL("channel"), HOUR("started_hour");

		final String column;

		By(String column) {
			this.column = column;
		}

	}

	public record Step(String service, String step, String name) {
	}

	public record Comparison(FunnelPlot funnel, RankTest ranks) {
	}

	private final JdbcClient jdbc;

	Consistency(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The steps with facts, to choose from. */
	public List<Step> steps(InsightFilter filter) {
		InsightFilter.Where where = filter.sums();
		return this.jdbc
			.sql("select service_code, step, max(step_name) from step_sum where " + where
					+ " group by service_code, step order by service_code, step")
			.params(where.params())
			.query((row, n) -> new Step(row.getString(1), row.getString(2), row.getString(3)))
			.list();
	}

	public Comparison compare(InsightFilter filter, String step, By by) {
		InsightFilter.Where where = filter.steps()
			.and("step", step)
			.andTrue("ended_at is not null and sla_state in ('MET', 'BREACHED') and " + by.column + " is not null");
		Map<String, long[]> counts = new TreeMap<>();
		Map<String, NavigableMap<Double, Long>> days = new TreeMap<>();
		this.jdbc
			.sql("select " + by.column + ", sla_state, working_minutes, count(*) from step_fact where " + where
					+ " group by " + by.column + ", sla_state, working_minutes")
			.params(where.params())
			.query((row, n) -> {
				String unit = row.getString(1);
				long visits = row.getLong(4);
				long[] count = counts.computeIfAbsent(unit, key -> new long[2]);
				count[0] += visits;
				count[1] += "MET".equals(row.getString(2)) ? visits : 0;
				return days.computeIfAbsent(unit, key -> new TreeMap<>())
					.merge(WorkingDays.of(row.getLong(3)), visits, Long::sum);
			})
			.list();
		List<FunnelPlot.Count> units = new ArrayList<>();
		counts.forEach((unit, count) -> units.add(new FunnelPlot.Count(unit, count[0], count[1])));
		return new Comparison(FunnelPlot.of(units), RankTest.ofCounts(new LinkedHashMap<>(days), RankTest.FEWEST));
	}

}
