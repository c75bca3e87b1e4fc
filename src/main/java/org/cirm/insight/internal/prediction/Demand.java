package org.cirm.insight.internal.prediction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.cirm.insight.internal.InsightFilter;
import org.cirm.insight.internal.dashboard.Names;
import org.cirm.insight.internal.dashboard.Table;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.platform.ThaiDates;
import org.cirm.sla.SlaCalendars;
import org.cirm.sla.WorkingCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demand per service and channel, per week (Monday to Sunday, Bangkok): the last weeks as
 * received, and the next {@value #AHEAD} as forecast by the method that did best for that
 * series in a rolling backtest ({@link WeeklyForecast}). Read from the day sums of the
 * last three years; the week running now is forecast, not counted.
 */
@Component
class Demand {

	static final int AHEAD = 8;

	/** The weeks of actual demand shown before the forecast. */
	private static final int SHOWN = 8;

	private static final int YEARS = 3;

	/** One series: a service by one channel. */
	private record Series(String service, String channel) {
	}

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Names names;

	private final ThaiDates dates;

	Demand(JdbcClient jdbc, SlaCalendars calendars, Names names, ThaiDates dates) {
		this.jdbc = jdbc;
		this.calendar = calendars.government();
		this.names = names;
		this.dates = dates;
	}

	/** The last weeks' demand and the next weeks' forecast with its interval. */
	Table forecast(InsightFilter filter) {
		LocalDate thisWeek = thisWeek();
		List<Table.Row> rows = new ArrayList<>();
		forecasts(filter, thisWeek).forEach((series, forecast) -> {
			double[] counts = forecast.counts();
			for (int w = Math.max(0, counts.length - SHOWN); w < counts.length; w++) {
				rows.add(row(thisWeek.minusWeeks(counts.length - w), series, Math.round(counts[w]), null, null, null,
						null));
			}
			WeeklyForecast.Result result = forecast.result();
			if (result != null) {
				for (int h = 0; h < AHEAD; h++) {
					rows.add(row(thisWeek.plusWeeks(h), series, null, Table.rounded(result.expected()[h], 0),
							Table.rounded(result.low()[h], 0), Table.rounded(result.high()[h], 0),
							method(result.method())));
				}
			}
		});
		return new Table("demand-forecast", List.of("week", "service", "channel", "received", "forecast",
				"forecast-low", "forecast-high", "method"), rows);
	}

	/** Each series' methods with their errors in the rolling backtest. */
	Table backtest(InsightFilter filter) {
		List<Table.Row> rows = new ArrayList<>();
		forecasts(filter, thisWeek()).forEach((series, forecast) -> {
			if (forecast.result() == null) {
				rows.add(new Table.Row(this.names.service(series.service()), channel(series.channel()),
						Texts.of("insight.demand.too-few", WeeklyForecast.FEWEST_WEEKS), "–", "–", "–"));
				return;
			}
			for (WeeklyForecast.Score score : forecast.result().scores()) {
				rows.add(new Table.Row(this.names.service(series.service()), channel(series.channel()),
						method(score.method()), Double.isNaN(score.mape()) ? "–" : Table.rounded(score.mape(), 1),
						Table.rounded(score.mase(), 2), Texts.of(score.method() == forecast.result().method()
								? "insight.demand.chosen" : "insight.demand.not-chosen")));
			}
		});
		return new Table("demand-backtest", List.of("service", "channel", "method", "mape", "mase", "chosen"), rows);
	}

	private record Forecast(double[] counts, WeeklyForecast.Result result) {
	}

	/**
	 * The last forecasts made: they count only weeks that are over, so they hold all
	 * week.
	 */
	private record Made(InsightFilter filter, LocalDate thisWeek, Map<Series, Forecast> forecasts) {
	}

	private volatile Made made;

	/**
	 * The forecasts for the filter, made once a week (the page shows them in two tables).
	 */
	private Map<Series, Forecast> forecasts(InsightFilter filter, LocalDate thisWeek) {
		Made last = this.made;
		if (last == null || !last.filter().equals(filter) || !last.thisWeek().equals(thisWeek)) {
			last = new Made(filter, thisWeek, make(filter, thisWeek));
			this.made = last;
		}
		return last.forecasts();
	}

	private Map<Series, Forecast> make(InsightFilter filter, LocalDate thisWeek) {
		LocalDate first = thisWeek.minusYears(YEARS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		InsightFilter.Where where = filter
			.narrowed(new InsightFilter.Where(new StringBuilder("grain = 'D' and period >= ? and period < ?"),
					new ArrayList<>(List.of(first, thisWeek))));
		TreeMap<Series, TreeMap<LocalDate, Long>> byWeek = new TreeMap<>(
				(a, b) -> (a.service() + "|" + a.channel()).compareTo(b.service() + "|" + b.channel()));
		this.jdbc
			.sql("select period, service_code, channel, sum(received) from request_sum where " + where
					+ " group by period, service_code, channel")
			.params(where.params())
			.query((row, n) -> {
				LocalDate week = row.getObject(1, LocalDate.class)
					.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				byWeek.computeIfAbsent(new Series(row.getString(2), row.getString(3)), series -> new TreeMap<>())
					.merge(week, row.getLong(4), Long::sum);
				return 1;
			})
			.list();
		Map<Series, Forecast> forecasts = new TreeMap<>(byWeek.comparator());
		byWeek.forEach((series, weeks) -> {
			// From the series' first week with a request to the last complete week.
			LocalDate start = weeks.firstKey();
			int n = (int) ChronoUnit.WEEKS.between(start, thisWeek);
			double[] counts = new double[n];
			weeks.forEach((week, count) -> counts[(int) ChronoUnit.WEEKS.between(start, week)] = count);
			int[] workingDays = new int[n + AHEAD];
			for (int w = 0; w < workingDays.length; w++) {
				workingDays[w] = workingDays(start.plusWeeks(w));
			}
			forecasts.put(series, new Forecast(counts, WeeklyForecast.forecast(counts, workingDays, AHEAD)));
		});
		return forecasts;
	}

	private int workingDays(LocalDate monday) {
		int days = 0;
		for (int d = 0; d < 7; d++) {
			days += this.calendar.isWorkingDay(monday.plusDays(d)) ? 1 : 0;
		}
		return days;
	}

	private Table.Row row(LocalDate week, Series series, Object received, Object forecast, Object low, Object high,
			Object method) {
		return new Table.Row(this.dates.date(week), this.names.service(series.service()), channel(series.channel()),
				received == null ? "–" : received, forecast == null ? "–" : forecast, low == null ? "–" : low,
				high == null ? "–" : high, method == null ? Texts.of("insight.demand.actual") : method);
	}

	private static Bilingual method(WeeklyForecast.Method method) {
		return Texts.of("insight.demand.method." + method.name());
	}

	private static Bilingual channel(String channel) {
		return Texts.of("insight.channel." + channel);
	}

	/** The Monday of the week running now, Bangkok, on the engine's clock. */
	private static LocalDate thisWeek() {
		return ClockUtil.getCurrentTime()
			.toInstant()
			.atZone(ThaiDates.BANGKOK)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
