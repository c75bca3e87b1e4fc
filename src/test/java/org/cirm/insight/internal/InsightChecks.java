package org.cirm.insight.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.ThaiDates;
import org.cirm.sla.SlaCalendars;
import org.cirm.sla.WorkingCalendar;
import org.cirm.testing.Browser;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard's numbers, as a manager downloads them, against the same numbers computed
 * here straight from Camunda's history tables (never from the read model): requests
 * received and completed per service, the share of each officer step done within its due
 * date, the median and 90th percentile of its working days (to the tenth of a day within
 * which they ended), and the ratings the processes received. Shared by the H2 and the
 * PostgreSQL test.
 */
final class InsightChecks {

	private final JdbcClient jdbc;

	private final Browser manager;

	private final Map<String, String> serviceNameByKey = new HashMap<>();

	private final WorkingCalendar calendar;

	private final String period;

	private final Timestamp from;

	private final Timestamp to;

	InsightChecks(ApplicationContext app, int port, LocalDate first, LocalDate last) {
		this.jdbc = app.getBean(JdbcClient.class);
		this.calendar = app.getBean(SlaCalendars.class).government();
		app.getBean(ServiceCatalog.class)
			.services()
			.forEach(manual -> this.serviceNameByKey.put(manual.processDefinitionId().split(":")[0],
					manual.name().toString()));
		this.manager = new Browser(port);
		assertThat(this.manager.login("manager", "demo").statusCode()).isEqualTo(302);
		this.period = "from=" + first + "&to=" + last;
		this.from = Timestamp.from(first.atStartOfDay(ThaiDates.BANGKOK).toInstant());
		this.to = Timestamp.from(last.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant());
	}

	/** Waits until every change was carried into the read model, facts and sums. */
	void awaitFacts() {
		await().atMost(Duration.ofMinutes(2))
			.until(() -> this.jdbc
				.sql("select (select count(*) from request_fact_pending) + (select count(*) from sum_pending)")
				.query(Long.class)
				.single() == 0);
	}

	void receivedAndCompletedPerServiceMatchHistory() {
		Map<String, long[]> dashboard = new TreeMap<>();
		for (CSVRecord row : csv("volume")) {
			long[] counts = dashboard.computeIfAbsent(row.get(1), service -> new long[2]);
			counts[0] += Long.parseLong(row.get(3));
			counts[1] += Long.parseLong(row.get(4));
		}
		Map<String, long[]> history = new TreeMap<>();
		count("START_TIME_", history, 0);
		count("END_TIME_", history, 1);
		assertThat(dashboard).hasSameSizeAs(history);
		history.forEach((service, counts) -> assertThat(dashboard.get(service)).as(service).containsExactly(counts));
		assertThat(history.values().stream().mapToLong(counts -> counts[0]).sum()).isGreaterThan(100);
	}

	private void count(String time, Map<String, long[]> counts, int slot) {
		this.jdbc
			.sql("select PROC_DEF_KEY_, count(*) from ACT_HI_PROCINST where " + time + " >= ? and " + time
					+ " < ? group by PROC_DEF_KEY_")
			.params(this.from, this.to)
			.query((row,
					n) -> counts.computeIfAbsent(this.serviceNameByKey.get(row.getString(1)),
							service -> new long[2])[slot] = row.getLong(2))
			.list();
	}

	/** Officers' steps: decided, within the due date, share; p50 and p90 working days. */
	void officerStepsMatchHistory() {
		Map<String, List<Long>> minutes = new TreeMap<>();
		Map<String, long[]> shares = new TreeMap<>();
		this.jdbc
			.sql("select t.PROC_DEF_KEY_, t.NAME_, t.START_TIME_, t.END_TIME_, t.DUE_DATE_ from ACT_HI_TASKINST t"
					+ " where t.START_TIME_ >= ? and t.START_TIME_ < ? and t.END_TIME_ is not null"
					+ " and t.DUE_DATE_ is not null")
			.params(this.from, this.to)
			.query((row, n) -> {
				String step = this.serviceNameByKey.get(row.getString(1)) + " | " + row.getString(2);
				Instant start = row.getTimestamp(3).toInstant();
				Instant end = row.getTimestamp(4).toInstant();
				minutes.computeIfAbsent(step, key -> new ArrayList<>())
					.add(this.calendar.workingTimeBetween(start, end).toMinutes());
				long[] share = shares.computeIfAbsent(step, key -> new long[2]);
				share[0]++;
				share[1] += end.isAfter(row.getTimestamp(5).toInstant()) ? 0 : 1;
				return null;
			})
			.list();
		assertThat(shares).isNotEmpty();
		Map<String, CSVRecord> compliance = byStep(csv("compliance-step"));
		Map<String, CSVRecord> handling = byStep(csv("handling"));
		shares.forEach((step, share) -> {
			assertThat(compliance).as("compliance of " + step).containsKey(step);
			assertThat(compliance.get(step).get(2)).as("decided " + step).isEqualTo(Long.toString(share[0]));
			assertThat(compliance.get(step).get(3)).as("within " + step).isEqualTo(Long.toString(share[1]));
			List<Long> sorted = minutes.get(step).stream().sorted().toList();
			assertThat(handling.get(step).get(2)).as("count " + step).isEqualTo(Integer.toString(sorted.size()));
			// The step's clock stops a moment after its task ends: a visit that ended on
			// the
			// minute can count one minute more there, which on a tenth's edge is a tenth
			// more.
			assertThat(new BigDecimal(handling.get(step).get(3)).stripTrailingZeros()).as("p50 " + step)
				.isIn(tenthsOfDay(percentile(sorted, 50) - 1).stripTrailingZeros(),
						tenthsOfDay(percentile(sorted, 50)).stripTrailingZeros(),
						tenthsOfDay(percentile(sorted, 50) + 1).stripTrailingZeros());
			assertThat(new BigDecimal(handling.get(step).get(4)).stripTrailingZeros()).as("p90 " + step)
				.isIn(tenthsOfDay(percentile(sorted, 90) - 1).stripTrailingZeros(),
						tenthsOfDay(percentile(sorted, 90)).stripTrailingZeros(),
						tenthsOfDay(percentile(sorted, 90) + 1).stripTrailingZeros());
		});
	}

	/** The ratings the processes received, per service: how many and their mean. */
	void ratingsMatchHistory() {
		Map<String, double[]> history = new TreeMap<>();
		this.jdbc
			.sql("select p.PROC_DEF_KEY_, count(*), avg(cast(v.LONG_ as double precision)) from ACT_HI_VARINST v"
					+ " join ACT_HI_PROCINST p on p.PROC_INST_ID_ = v.PROC_INST_ID_ where v.NAME_ = 'satisfaction'"
					+ " and p.START_TIME_ >= ? and p.START_TIME_ < ? group by p.PROC_DEF_KEY_")
			.params(this.from, this.to)
			.query((row, n) -> history.put(this.serviceNameByKey.get(row.getString(1)),
					new double[] { row.getLong(2), row.getDouble(3) }))
			.list();
		assertThat(history).isNotEmpty();
		Map<String, CSVRecord> dashboard = new HashMap<>();
		csv("satisfaction-service").forEach(row -> dashboard.put(row.get(0), row));
		history.forEach((service, rated) -> {
			assertThat(dashboard.get(service).get(1)).as("responses " + service)
				.isEqualTo(Long.toString((long) rated[0]));
			assertThat(new BigDecimal(dashboard.get(service).get(2))).as("mean " + service)
				.isEqualByComparingTo(BigDecimal.valueOf(rated[1]).setScale(2, RoundingMode.HALF_UP));
		});
	}

	/**
	 * What is open now per service, by whole Bangkok days waited (up to 7, 8 to 30,
	 * more), and the day the oldest was received: the processes without an end.
	 */
	void backlogMatchesHistory(ThaiDates dates) {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		Map<String, long[]> history = new TreeMap<>();
		Map<String, LocalDate> oldest = new HashMap<>();
		this.jdbc.sql("select PROC_DEF_KEY_, START_TIME_ from ACT_HI_PROCINST where END_TIME_ is null")
			.query((row, n) -> {
				String service = this.serviceNameByKey.get(row.getString(1));
				LocalDate received = row.getTimestamp(2).toInstant().atZone(ThaiDates.BANGKOK).toLocalDate();
				long days = ChronoUnit.DAYS.between(received, today);
				long[] counts = history.computeIfAbsent(service, key -> new long[4]);
				counts[0]++;
				counts[days <= 7 ? 1 : (days <= 30 ? 2 : 3)]++;
				oldest.merge(service, received, (one, other) -> one.isBefore(other) ? one : other);
				return null;
			})
			.list();
		assertThat(history).isNotEmpty();
		Map<String, CSVRecord> dashboard = new HashMap<>();
		csv("backlog").forEach(row -> dashboard.put(row.get(0), row));
		assertThat(dashboard.keySet()).isEqualTo(history.keySet());
		history.forEach((service, counts) -> {
			CSVRecord row = dashboard.get(service);
			assertThat(List.of(row.get(1), row.get(2), row.get(3), row.get(4))).as("open by age, " + service)
				.containsExactly(Long.toString(counts[0]), Long.toString(counts[1]), Long.toString(counts[2]),
						Long.toString(counts[3]));
			assertThat(row.get(5)).as("oldest, " + service).isEqualTo(dates.date(oldest.get(service)));
		});
	}

	/** A report's rows as the manager downloads them (the heading row left out). */
	List<CSVRecord> csv(String report) {
		HttpResponse<String> response = this.manager.get("/officer/insight/" + report + ".csv?" + this.period);
		assertThat(response.statusCode()).as(report).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> type.startsWith("text/csv"));
		try {
			List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(response.body().substring(1))).getRecords();
			return rows.subList(1, rows.size());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static Map<String, CSVRecord> byStep(List<CSVRecord> rows) {
		Map<String, CSVRecord> steps = new HashMap<>();
		rows.forEach(row -> steps.put(row.get(0) + " | " + row.get(1), row));
		return steps;
	}

	/**
	 * The nearest rank: the least value at least this percentage of the values are at
	 * most.
	 */
	private static long percentile(List<Long> sorted, int percent) {
		int rank = (int) Math.ceil(percent * sorted.size() / 100.0);
		return sorted.get(Math.max(rank, 1) - 1);
	}

	/** Working minutes in working days, rounded up to a tenth. */
	private static BigDecimal tenthsOfDay(long minutes) {
		return BigDecimal.valueOf(minutes)
			.divide(BigDecimal.valueOf(WorkingDays.MINUTES / 10), 0, RoundingMode.CEILING)
			.movePointLeft(1);
	}

}
