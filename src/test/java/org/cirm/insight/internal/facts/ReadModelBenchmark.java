package org.cirm.insight.internal.facts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.cirm.testing.Postgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the read model keeps up with intake: the platform on real PostgreSQL takes
 * requests through {@code POST /api/requests} from many clients at once, as fast as it
 * can or at a steady rate ({@code -Drate=}), while its own {@link FactWorker} refreshes
 * the facts and sums; the benchmark watches the marks waiting and prints the intake rate,
 * the refresh rate, the most marks that waited, and how long after the last request the
 * reports had caught up. A benchmark, not a test: run it as docs/benchmarks.md says.
 */
public final class ReadModelBenchmark {

	private static final int REQUESTS = Integer.getInteger("requests", 3000);

	private static final int CLIENTS = Integer.getInteger("clients", 16);

	/**
	 * Requests per second to file at, steadily; 0 for as fast as the platform takes them.
	 */
	private static final double RATE = Double.parseDouble(System.getProperty("rate", "0"));

	private ReadModelBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("logging.level.root", "WARN", "spring.datasource.hikari.maximum-pool-size", "20"))) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			String url = Postgres.baseUrl(app) + "/api/requests";
			HttpClient http = HttpClient.newHttpClient();
			AtomicLong mostWaiting = new AtomicLong();
			AtomicBoolean filing = new AtomicBoolean(true);
			Thread watcher = new Thread(() -> {
				while (filing.get()) {
					mostWaiting.accumulateAndGet(waiting(jdbc), Math::max);
					pause(200);
				}
			});
			watcher.start();
			long start = System.nanoTime();
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				long due = RATE == 0 ? 0 : start + (long) (i * 1e9 / RATE);
				answers.add(clients.submit(() -> {
					pause(Math.max(0, (due - System.nanoTime()) / 1_000_000));
					return http
						.send(HttpRequest.newBuilder(URI.create(url))
							.header("Content-Type", "application/json")
							.header("Idempotency-Key", UUID.randomUUID().toString())
							.timeout(Duration.ofSeconds(60))
							.POST(HttpRequest.BodyPublishers.ofString(COMPLAINT))
							.build(), HttpResponse.BodyHandlers.discarding())
						.statusCode();
				}));
			}
			long filed = 0;
			for (Future<Integer> answer : answers) {
				filed += answer.get() == 201 ? 1 : 0;
			}
			double intakeSeconds = (System.nanoTime() - start) / 1e9;
			clients.shutdown();
			while (waiting(jdbc) > 0) {
				pause(100);
			}
			double allSeconds = (System.nanoTime() - start) / 1e9;
			filing.set(false);
			watcher.join();
			long facts = jdbc.queryForObject("select count(*) from request_fact", Long.class);
			System.out.printf("%d clients filed %,d of %,d requests in %.1f s: %.1f requests/s%n", CLIENTS, filed,
					REQUESTS, intakeSeconds, filed / intakeSeconds);
			System.out.printf(
					"read model: %,d requests' facts and their days' sums current %.1f s after the"
							+ " last request (%.1f requests/s overall); at most %,d marks waited%n",
					facts, allSeconds - intakeSeconds, facts / allSeconds, mostWaiting.get());
		}
	}

	private static long waiting(JdbcTemplate jdbc) {
		return jdbc.queryForObject(
				"select (select count(*) from request_fact_pending) + (select count(*) from sum_pending)", Long.class);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final String COMPLAINT = """
			{"service": "complaint", "applicant": {"nationalId": "1101700230074", "firstNameTh": "สมชาย",
			 "lastNameTh": "ใจดี", "birthDate": "1960-04-13", "phone": "0812345678", "preferredChannel": "SMS"},
			 "fields": {"category": "PUBLIC_NUISANCE", "subject": "เสียงดัง", "location": "ซอย 2",
			 "province": "BANGKOK", "details": "ดังทั้งคืน"}}""";

}
