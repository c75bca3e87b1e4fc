package org.cirm.insight.internal.prediction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.cirm.insight.internal.InsightFilter;
import org.cirm.insight.internal.dashboard.Names;
import org.cirm.insight.internal.dashboard.Table;
import org.cirm.platform.Texts;
import org.cirm.platform.ThaiDates;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How good the kept forecasts were, once their requests ended: per service and month, the
 * mean absolute error in working days, the same normalised by the mean duration, how
 * often the 8-in-10 interval held the actual time, the Brier score of the chance of
 * missing the deadline, and the same for the baselines (zero, the service's median
 * duration less the time spent, the time to the legal deadline; the share of past
 * requests that missed it). A service whose forecasts did worse than their best baseline
 * over the last {@code cirm.insight.prediction.judged-over} (90 days) is switched off:
 * citizens see the legal deadline only, and the page says why.
 */
@Component
class PredictionScores {

	/** Fewer scored forecasts than this cannot switch a service off. */
	static final int FEWEST = 30;

	private static final String SUMS = "count(*), sum(abs(median_days - actual_days)),"
			+ " sum(case when actual_days >= low_days and actual_days <= high_days then 1 else 0 end),"
			+ " sum(actual_days), sum(abs(median_baseline - actual_days)),"
			+ " sum(case when deadline_baseline is null then 0 else 1 end),"
			+ " sum(case when deadline_baseline is null then 0 else abs(deadline_baseline - actual_days) end),"
			+ " sum(duration_days)," + " sum(case when risk is null or late is null then 0 else 1 end),"
			+ " sum(case when risk is null or late is null then 0"
			+ " else (risk - case when late then 1 else 0 end) * (risk - case when late then 1 else 0 end) end),"
			+ " sum(case when risk is null or late is null then 0"
			+ " else (base_rate - case when late then 1 else 0 end) * (base_rate - case when late then 1 else 0 end) end)";

	/** The sums of errors of a set of scored forecasts. */
	record Errors(long count, double model, long covered, double zero, double median, long deadlines, double deadline,
			double durations, long risks, double brier, double baseRateBrier) {

		static Errors of(ResultSet row, int first) throws SQLException {
			return new Errors(row.getLong(first), row.getDouble(first + 1), row.getLong(first + 2),
					row.getDouble(first + 3), row.getDouble(first + 4), row.getLong(first + 5),
					row.getDouble(first + 6), row.getDouble(first + 7), row.getLong(first + 8),
					row.getDouble(first + 9), row.getDouble(first + 10));
		}

		double mae() {
			return this.model / this.count;
		}

		/** The best baseline's mean absolute error. */
		double bestBaseline() {
			double best = Math.min(this.zero, this.median) / this.count;
			return this.deadlines == this.count ? Math.min(best, this.deadline / this.count) : best;
		}

		boolean worseThanBaseline() {
			return this.count >= FEWEST && mae() > bestBaseline();
		}

		List<Object> cells() {
			return List.of(this.count, Table.rounded(mae(), 2), Table.rounded(mae() / (this.durations / this.count), 2),
					Table.percent(this.covered, this.count), Table.rounded(this.zero / this.count, 2),
					Table.rounded(this.median / this.count, 2),
					this.deadlines == 0 ? "–" : Table.rounded(this.deadline / this.deadlines, 2),
					this.risks == 0 ? "–" : Table.rounded(this.brier / this.risks, 3),
					this.risks == 0 ? "–" : Table.rounded(this.baseRateBrier / this.risks, 3));
		}

	}

	private final JdbcClient jdbc;

	private final Names names;

	private final ThaiDates dates;

	private final Duration judgedOver;

	private final Refreshed<Map<String, Errors>> judged;

	PredictionScores(JdbcClient jdbc, Names names, ThaiDates dates,
			@Value("${cirm.insight.prediction.judged-over:P90D}") Duration judgedOver,
			@Value("${cirm.insight.prediction.rejudge:PT1M}") Duration rejudge) {
		this.jdbc = jdbc;
		this.names = names;
		this.dates = dates;
		this.judgedOver = judgedOver;
		this.judged = new Refreshed<>("judgement of the forecasts", rejudge, this::judge);
	}

	/**
	 * Whether the service's forecasts are off: worse than a baseline lately. Asked by
	 * citizens' pages, which never wait for the judging: until it is done (moments after
	 * start-up), nothing is off.
	 */
	boolean switchedOff(String service) {
		Errors errors = this.judged.ifReady(ClockUtil.getCurrentTime().toInstant())
			.map(byService -> byService.get(service))
			.orElse(null);
		return errors != null && errors.worseThanBaseline();
	}

	/** Starts judging in the background, so that the first page to ask finds it done. */
	void judgeInBackground() {
		this.judged.ifReady(ClockUtil.getCurrentTime().toInstant());
	}

	/** Per service, the last 90 days' figures and whether its forecasts are shown. */
	Table status(InsightFilter filter) {
		List<Table.Row> rows = new ArrayList<>();
		judged().forEach((service, errors) -> {
			if (filter.service() == null || filter.service().equals(service)) {
				List<Object> cells = new ArrayList<>();
				cells.add(this.names.service(service));
				cells.add(Texts.of(errors.count() < FEWEST ? "insight.prediction.too-few"
						: errors.worseThanBaseline() ? "insight.prediction.off" : "insight.prediction.on"));
				cells.add(Table.rounded(errors.mae(), 2));
				cells.add(Table.rounded(errors.bestBaseline(), 2));
				cells.add(errors.count());
				rows.add(new Table.Row(cells, null));
			}
		});
		rows.sort((a, b) -> a.cells().get(0).toString().compareTo(b.cells().get(0).toString()));
		return new Table("prediction-status", List.of("service", "forecasts", "mae", "best-baseline", "scored"), rows);
	}

	/**
	 * The forecasts' errors and the baselines', per service and month the request ended.
	 */
	Table accuracy(InsightFilter filter) {
		InsightFilter.Where where = where(filter);
		return new Table("prediction-accuracy",
				List.of("month", "service", "scored", "mae", "normalised-mae", "coverage", "mae-zero", "mae-median",
						"mae-deadline", "brier", "brier-base-rate"),
				this.jdbc
					.sql("select ended_month, service_code, " + SUMS + " from prediction where " + where
							+ " group by ended_month, service_code order by ended_month, service_code")
					.params(where.params())
					.query((row, n) -> {
						List<Object> cells = new ArrayList<>(
								List.of(this.dates.month(row.getInt(1)), this.names.service(row.getString(2))));
						cells.addAll(Errors.of(row, 3).cells());
						return new Table.Row(cells, null);
					})
					.list());
	}

	/**
	 * The reliability of the chance of missing the deadline: forecasts grouped by the
	 * chance they gave, in tenths, against the share that did miss it.
	 */
	Table reliability(InsightFilter filter) {
		InsightFilter.Where where = where(filter).andTrue("risk is not null and late is not null");
		return new Table("prediction-reliability", List.of("risk-band", "forecasts", "mean-risk", "missed"),
				this.jdbc
					.sql("select least(cast(floor(risk * 10) as int), 9), count(*), avg(risk),"
							+ " sum(case when late then 1 else 0 end) from prediction where " + where
							+ " group by least(cast(floor(risk * 10) as int), 9) order by 1")
					.params(where.params())
					.query((row, n) -> new Table.Row((row.getInt(1) * 10) + "–" + (row.getInt(1) * 10 + 10) + "%",
							row.getLong(2), Table.rounded(100 * row.getDouble(3), 1),
							Table.percent(row.getLong(4), row.getLong(2))))
					.list());
	}

	/** Scored forecasts of requests that ended in the period, of the filter's service. */
	private static InsightFilter.Where where(InsightFilter filter) {
		return filter.period("ended_at")
			.andTrue("median_days is not null")
			.and("service_code", filter.service())
			.and("agency_code", filter.agency());
	}

	/** The last 90 days' errors per service, read again at most every minute. */
	private Map<String, Errors> judged() {
		return this.judged.get(ClockUtil.getCurrentTime().toInstant());
	}

	private Map<String, Errors> judge(Instant now) {
		Map<String, Errors> byService = new HashMap<>();
		this.jdbc
			.sql("select service_code, " + SUMS + " from prediction where median_days is not null and ended_at >= ?"
					+ " group by service_code")
			.param(Timestamp.from(now.minus(this.judgedOver)))
			.query((ResultSet row) -> {
				byService.put(row.getString(1), Errors.of(row, 2));
			});
		return byService;
	}

}
