package org.cirm.sla;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.cirm.testing.Postgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How late timers fire when thousands come due at the same instant, on real PostgreSQL
 * with the job executor as configured (timers first, by due date, with the V10 index). A
 * benchmark, not a test: run it as the README says and read the figures it prints. Job
 * executor settings can be tried as system properties
 * ({@code -Dcamunda.bpm.job-execution.max-jobs-per-acquisition=10}).
 */
public final class TimerLatencyBenchmark {

	private static final int TIMERS = Integer.getInteger("timers", 10_000);

	private TimerLatencyBenchmark() {
	}

	public static void main(String[] args) throws InterruptedException {
		try (ConfigurableApplicationContext app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("logging.level.root", "WARN", "cirm.sandbox.workers", "false"))) {
			app.getBean(RepositoryService.class)
				.createDeployment()
				.name("timer-benchmark")
				.addClasspathResource("models/timer-benchmark.bpmn")
				.deploy();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			RuntimeService runtime = app.getBean(RuntimeService.class);

			// Every timer due at one instant, far enough ahead to create them all first.
			Instant due = Instant.now().plusSeconds(30 + TIMERS / 250);
			long creating = System.nanoTime();
			for (int i = 0; i < TIMERS; i++) {
				runtime.startProcessInstanceByKey("TimerBenchmarkProcess", Map.of("dueAt", Date.from(due)));
			}
			System.out.printf("created %,d timers in %.1f s, all due at %s%n", TIMERS,
					(System.nanoTime() - creating) / 1e9, due);
			jdbc.execute("analyze act_ru_job");
			System.out.println(jdbc.queryForList("explain select id_ from act_ru_job where retries_ > 0"
					+ " and duedate_ <= now() and (lock_owner_ is null or lock_exp_time_ < now())"
					+ " and suspension_state_ = 1 order by type_ desc, duedate_ limit 3"));

			while (Instant.now().isBefore(due)) {
				Thread.sleep(200);
			}
			while (remaining(jdbc) > 0) {
				Thread.sleep(500);
			}
			List<Long> lateness = jdbc
				.queryForList("select end_time_ from act_hi_actinst where act_id_ = 'Event_Timer' and end_time_ is"
						+ " not null", Timestamp.class)
				.stream()
				.map(fired -> Duration.between(due, fired.toInstant()).toMillis())
				.sorted()
				.toList();
			System.out.printf(
					"%,d timers fired; late by p50 %.1f s, p95 %.1f s, p99 %.1f s, max %.1f s (all fired %.1f s"
							+ " after they came due, %,.0f timers/s)%n",
					lateness.size(), at(lateness, 0.50), at(lateness, 0.95), at(lateness, 0.99),
					lateness.get(lateness.size() - 1) / 1e3, lateness.get(lateness.size() - 1) / 1e3,
					lateness.size() / Math.max(0.001, lateness.get(lateness.size() - 1) / 1e3));
		}
	}

	private static int remaining(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = 'TimerBenchmarkProcess'",
				Integer.class);
	}

	private static double at(List<Long> sorted, double share) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * share))) / 1e3;
	}

}
