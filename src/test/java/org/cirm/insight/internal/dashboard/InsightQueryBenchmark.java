package org.cirm.insight.internal.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.cirm.insight.internal.InsightFilter;
import org.cirm.insight.internal.consistency.Consistency;
import org.cirm.testing.Postgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * How fast every dashboard report answers with 1,000,000 requests (and 4,000,000 step
 * visits) in the read model, on real PostgreSQL: the year's view a manager opens, one
 * service, and a supervisor's agency. The facts are loaded directly (two years of a shape
 * like the generator's) because this measures the reports' queries, not how the facts are
 * made; the tests prove those equal Camunda's history. A benchmark, not a test: run it as
 * docs/benchmarks.md says and read the figures it prints.
 */
public final class InsightQueryBenchmark {

	private static final int REQUESTS = Integer.getInteger("requests", 1_000_000);

	private static final int RUNS = Integer.getInteger("runs", 20);

	private InsightQueryBenchmark() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("logging.level.root", "WARN", "cirm.insight.refresh-interval", "PT0.05S"))) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long loading = System.nanoTime();
			jdbc.update(REQUEST_FACTS);
			jdbc.update(STEP_FACTS);
			System.out.printf("loaded %,d requests and %,d step visits in %.1f s%n", REQUESTS,
					jdbc.queryForObject("select count(*) from step_fact", Long.class),
					(System.nanoTime() - loading) / 1e9);
			long summing = System.nanoTime();
			jdbc.update("insert into sum_pending (period) select distinct cast(started_at at time zone 'Asia/Bangkok'"
					+ " as date) from step_fact union select distinct cast(ended_at at time zone 'Asia/Bangkok' as date)"
					+ " from request_fact where ended_at is not null");
			await().atMost(Duration.ofHours(1))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> jdbc.queryForObject("select count(*) from sum_pending", Long.class) == 0);
			System.out.printf("summed %,d days by the read model's worker in %.1f s%n",
					jdbc.queryForObject("select count(distinct period) from request_sum where grain = 'D'", Long.class),
					(System.nanoTime() - summing) / 1e9);
			jdbc.execute("vacuum analyze");
			long[] rounds = new long[10];
			for (int i = 0; i < rounds.length; i++) {
				long round = System.nanoTime();
				jdbc.update("insert into sum_pending (period) values (date '2026-11-" + (10 + i) + "')");
				await().atMost(Duration.ofMinutes(5))
					.pollInterval(Duration.ofMillis(10))
					.until(() -> jdbc.queryForObject("select count(*) from sum_pending", Long.class) == 0);
				rounds[i] = System.nanoTime() - round;
			}
			Arrays.sort(rounds);
			System.out.printf("one day changed: it and its month summed again within %.0f ms (median of %d)%n",
					rounds[rounds.length / 2] / 1e6, rounds.length);
			InsightQueries queries = app.getBean(InsightQueries.class);
			Consistency consistency = app.getBean(Consistency.class);
			LocalDate today = LocalDate.of(2026, 11, 30);
			Map<String, InsightFilter> views = new LinkedHashMap<>();
			views.put("a year, everything", InsightFilter.lastYear(today));
			views.put("a year, one service", InsightFilter.lastYear(today).withService("complaint"));
			views.put("a year, one agency", InsightFilter.lastYear(today).withAgency("municipality"));
			for (Map.Entry<String, InsightFilter> view : views.entrySet()) {
				InsightFilter filter = view.getValue();
				Map<String, Supplier<Object>> reports = new LinkedHashMap<>();
				reports.put("volume", () -> queries.volume(filter));
				reports.put("backlog", () -> queries.backlog(filter, Instant.parse("2026-11-30T10:00:00Z")));
				reports.put("alerts", () -> queries.alerts(filter, 200));
				reports.put("compliance-service", () -> queries.complianceByService(filter));
				reports.put("compliance-step", () -> queries.complianceByStep(filter));
				reports.put("compliance-agency", () -> queries.complianceByAgency(filter));
				reports.put("handling", () -> queries.handlingTimes(filter));
				reports.put("satisfaction-service", () -> queries.satisfactionByService(filter));
				reports.put("satisfaction-step", () -> queries.satisfactionByStep(filter));
				reports.put("satisfaction-agency", () -> queries.satisfactionByAgency(filter));
				reports.put("disputes", () -> queries.disputes(filter));
				reports.put("heat", () -> queries.heat(filter));
				reports.put("consistency", () -> consistency.compare(filter.withService("complaint"), "Task_Step1",
						Consistency.By.OFFICER));
				System.out.println(view.getKey() + ":");
				reports.forEach((name, report) -> measure(name, report));
			}
		}
	}

	private static void measure(String name, Supplier<Object> report) {
		for (int i = 0; i < 3; i++) {
			report.get();
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			report.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("  %-22s p50 %7.1f ms   p95 %7.1f ms%n", name, nanos[RUNS / 2] / 1e6,
				nanos[RUNS * 95 / 100] / 1e6);
	}

	/**
	 * Two years of requests: three services, five channels, six agencies and provinces.
	 */
	private static final String REQUEST_FACTS = """
			insert into request_fact (request_id, tracking_code, process_instance, service_code, service_version,
			    channel, filed_by, filed_at, agency_code, province, received_at, received_month, received_hour, due_at,
			    ended_at, ended_month, working_minutes, sla_state, outcome, rating, disputes, refreshed_at)
			select 'r' || n, lpad(n::text, 12, '0'), 'p' || n, s, 1, c,
			    case when c in ('COUNTER', 'HOTLINE') then 'sim-counter-' || (n % 12) end,
			    case when c in ('COUNTER', 'HOTLINE') then (array['municipality','dopa','complaint-centre'])[n % 3 + 1] end,
			    (array['municipality','dopa','dbd','rd','sso','cgd'])[(n / 7) % 6 + 1],
			    (array['BANGKOK','NONTHABURI','PATHUM_THANI','CHONBURI','CHIANG_MAI','KHON_KAEN'])[(n / 11) % 6 + 1],
			    r, extract(year from r at time zone 'Asia/Bangkok') * 100 + extract(month from r at time zone 'Asia/Bangkok'),
			    extract(hour from r at time zone 'Asia/Bangkok'), r + interval '21 days',
			    case when n % 50 <> 0 then r + interval '10 days' end,
			    case when n % 50 <> 0 then extract(year from r + interval '10 days') * 100 + extract(month from r + interval '10 days') end,
			    (n * 37) % 7200, case when n % 50 = 0 then 'ON_TRACK' when n % 9 = 0 then 'BREACHED' else 'MET' end,
			    case when n % 50 <> 0 then 'APPROVED' end, case when n % 3 = 0 then n % 5 + 1 end,
			    case when n % 40 = 0 then 1 else 0 end, now()
			from (select n, (array['complaint','elderly-allowance','restaurant-opening'])[n % 3 + 1] as s,
			        (array['WEB','COUNTER','HOTLINE','API','WEB'])[n % 5 + 1] as c,
			        timestamptz '2024-12-01 00:00+07' + (n::double precision / {requests} * interval '730 days') as r
			      from generate_series(1, {requests}) n) requests
			"""
		.replace("{requests}", Integer.toString(REQUESTS));

	/**
	 * Four step visits per request, each worked by one of four officers of its agency.
	 */
	private static final String STEP_FACTS = """
			insert into step_fact (visit, request_id, service_code, step, step_name, agency_code, worked_by, channel,
			    filed_at, province, started_at, started_hour, due_at, ended_at, working_minutes, sla_state, rating)
			select r.request_id || '-' || k, r.request_id, r.service_code, 'Task_Step' || k, 'ขั้นตอน ' || k || ' / Step ' || k,
			    r.agency_code, 'sim-agency-' || r.agency_code || '-' || ((length(r.request_id) + k) % 4 + 1), r.channel,
			    r.filed_at, r.province, r.received_at + k * interval '2 days', (r.received_hour + k) % 24,
			    r.received_at + k * interval '2 days' + interval '5 days',
			    case when r.ended_at is not null then r.received_at + k * interval '2 days' + interval '1 day' end,
			    (r.working_minutes * k) % 2400, case when r.sla_state = 'BREACHED' and k = 2 then 'BREACHED'
			      when r.ended_at is null then 'ON_TRACK' else 'MET' end, r.rating
			from request_fact r cross join generate_series(1, 4) k
			""";

}
