package org.cirm.insight.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.cirm.CirmApplication;
import org.cirm.insight.internal.consistency.Consistency;
import org.cirm.insight.internal.consistency.FunnelPlot;
import org.cirm.insight.internal.facts.FactRebuild;
import org.cirm.insight.internal.prediction.Backtest;
import org.cirm.insight.internal.prediction.EventLog;
import org.cirm.insight.internal.prediction.EventLogCsv;
import org.cirm.insight.internal.prediction.EventLogExport;
import org.cirm.insight.internal.prediction.Span;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.internal.simulation.SimulatedHistory;
import org.cirm.servicerequest.CompletionForecast;
import org.cirm.servicerequest.CompletionForecasts;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.sla.SlaCalendars;
import org.cirm.sla.WorkingCalendar;
import org.cirm.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Six weeks of history made by the generator (fixed seed) on the embedded H2 database:
 * the dashboard's numbers equal Camunda's history, a supervisor sees their own agency
 * only, and the funnel plot flags the officer the generator made slow and nobody else.
 * Its own platform, closed at the end: the engine REST API finds engines by name, so two
 * platforms must not live in one JVM at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightOnH2IT {

	static final LocalDate FROM = LocalDate.of(2025, 9, 1);

	static final int DAYS = 42;

	ConfigurableApplicationContext app;

	Consistency consistency;

	int port;

	InsightChecks checks;

	@BeforeAll
	void liveThroughSixWeeks() {
		this.app = new SpringApplicationBuilder(CirmApplication.class).profiles("demo", "history")
			.run("--spring.datasource.url=jdbc:h2:mem:cirm-insight;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
					"--server.port=0", "--cirm.insight.prediction.history=P3650D",
					"--cirm.insight.prediction.judged-over=P3650D", "--cirm.insight.prediction.rejudge=PT0S",
					// as a platform serving people, not the history command
					"--cirm.insight.refresh-interval=PT2S", "--cirm.insight.prediction.refresh=PT1M");
		this.port = Integer.parseInt(this.app.getEnvironment().getProperty("local.server.port"));
		this.consistency = this.app.getBean(Consistency.class);
		assertThat(SimulatedHistory.make(this.app, FROM, DAYS, 420)).isGreaterThan(300);
		this.checks = new InsightChecks(this.app, this.port, FROM, FROM.plusDays(DAYS - 1));
		this.checks.awaitFacts();
	}

	@AfterAll
	void stop() {
		this.app.close();
	}

	@Test
	void countsPerServiceEqualCamundaHistory() {
		this.checks.receivedAndCompletedPerServiceMatchHistory();
	}

	@Test
	void stepSharesAndWorkingDaysEqualCamundaHistory() {
		this.checks.officerStepsMatchHistory();
	}

	@Test
	void ratingsEqualCamundaHistory() {
		this.checks.ratingsMatchHistory();
	}

	@Test
	void backlogEqualsCamundaHistory() {
		this.checks.backlogMatchesHistory(this.app.getBean(ThaiDates.class));
	}

	@Test
	void funnelPlotFlagsTheSlowOfficerAndNobodyElse() {
		InsightFilter period = new InsightFilter(FROM, FROM.plusDays(DAYS - 1), "complaint", null, null, null);
		FunnelPlot funnel = this.consistency.compare(period, "Task_HandleComplaint", Consistency.By.OFFICER).funnel();
		// Flagged: below the limits, worse than chance allows. (Colleagues who kept every
		// deadline may stand above them, as the slow one pulls the average down.)
		List<String> flagged = funnel.units()
			.stream()
			.filter(unit -> unit.verdict() == FunnelPlot.Verdict.BELOW_998
					|| unit.verdict() == FunnelPlot.Verdict.BELOW_95)
			.map(unit -> unit.count().unit())
			.toList();
		assertThat(flagged).containsExactly(SimulatedHistory.SLOW_OFFICER);
		assertThat(funnel.units()).filteredOn(unit -> unit.count().unit().equals(SimulatedHistory.SLOW_OFFICER))
			.extracting(FunnelPlot.Unit::verdict)
			.containsExactly(FunnelPlot.Verdict.BELOW_998);
		assertThat(funnel.units()).anyMatch(unit -> unit.verdict() == FunnelPlot.Verdict.TOO_FEW);
	}

	@Test
	void aSupervisorSeesTheirOwnAgencyOnly() {
		Browser supervisor = new Browser(this.port);
		supervisor.login("supervisor", "demo");
		String csv = supervisor
			.get("/officer/insight/compliance-agency.csv?from=" + FROM + "&to=" + FROM.plusDays(DAYS - 1)
					+ "&agency=dbd")
			.body();
		List<CSVRecord> all = this.checks.csv("compliance-agency");
		assertThat(all).hasSizeGreaterThan(1);
		assertThat(csv.lines().skip(1)).isNotEmpty().allMatch(line -> line.contains("เทศบาล"));
	}

	@Test
	void aRebuildFromTheModulesRecordsGivesTheSameFactsAndSums() {
		JdbcClient jdbc = this.app.getBean(JdbcClient.class);
		List<String> before = facts(jdbc);
		List<String> sumsBefore = sums(jdbc);
		assertThat(before).hasSizeGreaterThan(300);
		assertThat(sumsBefore).anyMatch(row -> row.startsWith("M")).anyMatch(row -> row.startsWith("D"));
		int written = this.app.getBean(FactRebuild.class).rebuild(count -> {
		});
		assertThat(written).isEqualTo(jdbc.sql("select count(*) from request_fact").query(Integer.class).single());
		assertThat(facts(jdbc)).isEqualTo(before);
		assertThat(sums(jdbc)).isEqualTo(sumsBefore);
	}

	/** The sums of what has ended (an open request's clock runs on). */
	private static List<String> sums(JdbcClient jdbc) {
		List<String> rows = new ArrayList<>(jdbc
			.sql("select grain, period, service_code, agency_code, province, channel, received, completed, decided,"
					+ " within, ended, disputed, ratings, rating_sum from request_sum"
					+ " order by grain, period, service_code, agency_code, province, channel")
			.query((row, n) -> String.join("|", columns(row, 14)))
			.list());
		rows.addAll(jdbc
			.sql("select grain, period, service_code, step, agency_code, province, channel, decided, within, ended,"
					+ " minutes, durations from step_sum order by grain, period, service_code, step, agency_code,"
					+ " province, channel")
			.query((row, n) -> String.join("|", columns(row, 12)))
			.list());
		return rows;
	}

	private static List<String> columns(ResultSet row, int count) throws SQLException {
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			columns.add(row.getString(i));
		}
		return columns;
	}

	private static List<String> facts(JdbcClient jdbc) {
		List<String> rows = new ArrayList<>(jdbc
			.sql("select request_id, service_code, channel, filed_by, agency_code, province, received_at, ended_at,"
					// An open request's clock runs on: its working time and state are
					// now's.
					+ " case when ended_at is null then 0 else working_minutes end,"
					+ " case when ended_at is null then '-' else sla_state end, outcome, rating, disputes"
					+ " from request_fact order by request_id")
			.query((row, n) -> row.getString(1) + row.getString(2) + row.getString(3) + row.getString(4)
					+ row.getString(5) + row.getString(6) + row.getTimestamp(7) + row.getTimestamp(8) + row.getLong(9)
					+ row.getString(10) + row.getString(11) + row.getString(12) + row.getInt(13))
			.list());
		rows.addAll(jdbc
			.sql("select visit, step, worked_by, started_at, ended_at, sla_state, rating from step_fact"
					+ " where ended_at is not null order by visit")
			.query((row, n) -> row.getString(1) + row.getString(2) + row.getString(3) + row.getTimestamp(4)
					+ row.getTimestamp(5) + row.getString(6) + row.getString(7))
			.list());
		return rows;
	}

	@Test
	void theHistoryExportsAsAnEventLogTheBacktestLearnsFrom(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("requests.csv");
		int cases = this.app.getBean(EventLogExport.class).export(file);

		assertThat(cases)
			.isEqualTo(this.app.getBean(JdbcClient.class)
				.sql("select count(*) from request_fact where ended_at is not null")
				.query(Integer.class)
				.single())
			.isGreaterThan(200);
		assertThat(Files.readString(file)).doesNotContainPattern("\\d{13}");
		EventLog log;
		try (Reader csv = Files.newBufferedReader(file)) {
			log = EventLogCsv.read(csv, EventLogExport.COLUMNS, ThaiDates.BANGKOK);
		}
		assertThat(log.cases()).hasSize(cases);
		List<Backtest.Row> rows = Backtest.run(log, Span.workingDays(this.app.getBean(SlaCalendars.class).government()),
				0.7, 10);
		Backtest.Row all = rows.get(rows.size() - 1);
		assertThat(all.predicted()).isPositive();
		assertThat(all.mae()).isLessThan(all.zeroMae());
		assertThat(all.deadlineMae()).isNotNull();
	}

	@Test
	void forecastsAreKeptScoredAndSwitchedOffWhenWorseThanARuleOfThumb() throws IOException {
		JdbcClient jdbc = this.app.getBean(JdbcClient.class);
		WorkingCalendar calendar = this.app.getBean(SlaCalendars.class).government();
		// Each forecast is scored with the working days from it to the decision (the
		// service
		// clock's stop), else to the end Camunda recorded; requests decided once.
		List<double[]> scored = jdbc
			.sql("select p.made_at, coalesce(c.ended_at, h.END_TIME_), p.actual_days from prediction p"
					+ " join request_fact r on r.request_id = p.request_id"
					+ " join ACT_HI_PROCINST h on h.PROC_INST_ID_ = r.process_instance"
					+ " left join sla_clock c on c.process_instance = r.process_instance and c.kind = 'SERVICE'"
					+ " where h.END_TIME_ is not null and (select count(*) from sla_clock o"
					+ " where o.process_instance = r.process_instance and o.kind = 'SERVICE') <= 1")
			.query((row,
					n) -> new double[] { row.getDouble(3),
							WorkingDays.of(calendar
								.workingTimeBetween(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant())
								.toMinutes()) })
			.list();
		assertThat(scored).hasSizeGreaterThan(300)
			.allSatisfy(pair -> assertThat(pair[0]).isCloseTo(pair[1], org.assertj.core.api.Assertions.within(0.01)));
		assertThat(jdbc.sql("select count(*) from prediction where median_days is not null and actual_days is not null")
			.query(Integer.class)
			.single()).as("states with history enough were forecast").isGreaterThan(100);

		Browser manager = new Browser(this.port);
		manager.login("manager", "demo");
		String period = "from=" + FROM + "&to=" + FROM.plusDays(DAYS + 60);
		var csv = manager.get("/officer/insight/predictions/prediction-accuracy.csv?" + period);
		assertThat(csv.statusCode()).isEqualTo(200);
		List<CSVRecord> months = org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader(csv.body().substring(1)))
			.getRecords();
		assertThat(months.stream().mapToLong(row -> Long.parseLong(row.get(2))).sum())
			.as("every scored forecast counted once")
			.isEqualTo(
					jdbc.sql("select count(*) from prediction where median_days is not null and ended_at is not null")
						.query(Long.class)
						.single());
		assertThat(manager.get("/officer/insight/predictions?" + period).body()).contains("prediction-risk")
			.contains("demand-forecast");

		// Complaints' forecasts made exact, then far off (worse than "done now"): shown,
		// then
		// switched off, for that service and visibly.
		Map<Long, Double> kept = new java.util.HashMap<>();
		jdbc.sql("select id, median_days from prediction where service_code = 'complaint' and median_days is not null")
			.query((ResultSet row) -> {
				kept.put(row.getLong(1), row.getDouble(2));
			});
		try {
			jdbc.sql("update prediction set median_days = actual_days where service_code = 'complaint'"
					+ " and median_days is not null and actual_days is not null")
				.update();
			// Judged again in the background: the page shows it within moments.
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(20))
				.until(() -> complaintsForecasts(manager, period).contains("Shown to citizens"));
			jdbc.sql("update prediction set median_days = actual_days + 1000 where service_code = 'complaint'"
					+ " and median_days is not null and actual_days is not null")
				.update();
			org.awaitility.Awaitility.await()
				.atMost(java.time.Duration.ofSeconds(20))
				.until(() -> complaintsForecasts(manager, period).contains("Switched off"));
			String code = jdbc
				.sql("select tracking_code from request_fact where service_code = 'complaint'"
						+ " order by case when decided_at is null and ended_at is null then 0 else 1 end")
				.query(String.class)
				.list()
				.get(0);
			FiledRequest request = this.app.getBean(ServiceRequests.class).find(new TrackingCode(code)).orElseThrow();
			this.app.getBean(CompletionForecasts.class)
				.of(request)
				.ifPresent(forecast -> assertThat(forecast.status()).isEqualTo(CompletionForecast.Status.SWITCHED_OFF));
		}
		finally {
			kept.forEach((id, median) -> jdbc.sql("update prediction set median_days = ? where id = ?")
				.params(median, id)
				.update());
		}
	}

	/** The complaints' row of the forecasts' status, as a manager downloads it. */
	private static String complaintsForecasts(Browser manager, String period) throws IOException {
		String csv = manager.get("/officer/insight/predictions/prediction-status.csv?" + period).body().substring(1);
		return org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv))
			.getRecords()
			.stream()
			.filter(row -> row.get(0).contains("Complaint"))
			.findFirst()
			.map(CSVRecord::toString)
			.orElse("no row for complaints");
	}

	@Test
	void officersWithoutTheRoleAreRefused() {
		Browser counter = new Browser(this.port);
		counter.login("counter", "demo");
		assertThat(counter.get("/officer/insight").statusCode()).isEqualTo(403);
		assertThat(counter.get("/officer/insight/volume.csv").statusCode()).isEqualTo(403);
		assertThat(new Browser(this.port).get("/officer/insight").statusCode()).isIn(302, 401);
	}

}
