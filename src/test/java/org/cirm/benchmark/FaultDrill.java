package org.cirm.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cirm.testing.Browser;

/**
 * What is lost when a node dies mid-work, and when the agencies' systems misbehave. Two
 * nodes of the real jar share one PostgreSQL; the demo's agency sandbox runs as a third
 * process behind a {@link FaultyLink}. Citizens file applications for the drill's own
 * service (deployed as a process owner deploys one) over both nodes; each goes on to the
 * municipality's zoning system in the job executor's hands, then waits for an officer.
 * Halfway, one node is SIGKILLed and started again while timers come due; for the first
 * two thirds of the agency calls the link answers 30% of agency calls with 503 and resets
 * 10% after the agency got them. Then the drill checks, as an operator would, in the
 * database, the engine's REST API and the sandbox's own count of what it did. Run by
 * {@code .ci/drill} (docs/benchmarks.md); {@code FaultDrillIT} runs a short variant in
 * {@code verify}.
 */
public final class FaultDrill {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** An application for the drill's service; each names its own stall. */
	private static final String APPLICATION = """
			{"service": "drill-stall", "applicant": {"nationalId": "1101700230074", "firstNameTh": "สมชาย",
			 "lastNameTh": "ใจดี", "birthDate": "1960-04-13", "phone": "0812345678", "preferredChannel": "SMS"},
			 "fields": {"stallLocation": "ตลาดนัดซอย 3 / Soi 3 market", "stallName": "%s"}}""";

	private static final List<String> AGENCIES = List.of("complaint-centre", "dopa", "dbd", "municipality", "rd", "sso",
			"cgd", "payment");

	/**
	 * @param submissions applications filed over both nodes
	 * @param clients citizens filing at once
	 * @param timers timers that come due around the kill
	 * @param lockTime the job executor's lock time on both nodes: how long a dead node's
	 * jobs stay locked
	 */
	record Settings(int submissions, int clients, int timers, Duration lockTime) {

		static Settings full() {
			return new Settings(2000, 16, 100, Duration.ofSeconds(30));
		}

		/** The variant {@code verify} runs. */
		static Settings brief() {
			return new Settings(300, 8, 30, Duration.ofSeconds(20));
		}

	}

	/** The drill's counts; each named in {@link #failures()} must be zero or true. */
	record Report(Settings settings, long accepted, long unanswered, long lost, long halfWritten, long keysTwice,
			long processesTwice, long stuckJobs, long incidents, long requestsWithTwoIncidents, long incidentsLeft,
			long notCompleted, long timersFired, double latestTimerSeconds, long effects, long repeatedArrivals,
			long duplicateEffects, long linkRequests, long linkUnavailable, long linkResets, boolean sessionSurvived,
			Duration restart) {

		List<String> failures() {
			List<String> failures = new ArrayList<>();
			Map<String, Long> zero = new LinkedHashMap<>();
			zero.put("submissions without a 2xx", this.unanswered);
			zero.put("lost", this.lost);
			zero.put("half-written", this.halfWritten);
			zero.put("idempotency keys filed twice", this.keysTwice);
			zero.put("requests with two processes", this.processesTwice);
			zero.put("jobs neither run nor an incident", this.stuckJobs);
			zero.put("requests with more than one incident", this.requestsWithTwoIncidents);
			zero.put("incidents left after the retry", this.incidentsLeft);
			zero.put("requests neither waiting for an officer nor ended", this.notCompleted);
			zero.put("timers that did not fire", this.settings.timers() - this.timersFired);
			zero.put("duplicate agency effects", this.duplicateEffects);
			zero.forEach((what, count) -> {
				if (count != 0) {
					failures.add(what + ": " + count);
				}
			});
			double allowed = this.settings.lockTime().toSeconds() + 15;
			if (this.latestTimerSeconds > allowed) {
				failures.add("latest timer %.1f s after its due date, more than the lock time + 15 s (%.0f s)"
					.formatted(this.latestTimerSeconds, allowed));
			}
			if (!this.sessionSurvived) {
				failures.add("the officer's session did not survive its node's death");
			}
			return failures;
		}

		String table() {
			return String.join("\n", "| what | count |", "|---|---|",
					"| submissions, accepted (2xx) / without a 2xx | %d / %d |".formatted(this.accepted,
							this.unanswered),
					"| lost / half-written | %d / %d |".formatted(this.lost, this.halfWritten),
					"| idempotency keys filed twice / requests with two processes | %d / %d |"
						.formatted(this.keysTwice, this.processesTwice),
					"| jobs neither run nor an incident | %d |".formatted(this.stuckJobs),
					"| incidents after the faults / requests with more than one / left after the retry | %d / %d / %d |"
						.formatted(this.incidents, this.requestsWithTwoIncidents, this.incidentsLeft),
					"| requests neither waiting for an officer nor ended | %d |".formatted(this.notCompleted),
					"| timers fired / due around the kill; latest after its due date (allowed: lock time %d s + 15 s) | %d / %d; %.1f s |"
						.formatted(this.settings.lockTime().toSeconds(), this.timersFired, this.settings.timers(),
								this.latestTimerSeconds),
					"| agency calls carried out / repeated keys answered from memory / duplicate effects | %d / %d / %d |"
						.formatted(this.effects, this.repeatedArrivals, this.duplicateEffects),
					"| agency calls over the faulty link / answered 503 by it / reset after the agency got them | %d / %d / %d |"
						.formatted(this.linkRequests, this.linkUnavailable, this.linkResets),
					"| officer's session on the other node after the kill | %s |"
						.formatted(this.sessionSurvived ? "kept" : "LOST"),
					"| killed node ready again after | %.0f s |".formatted(this.restart.toMillis() / 1000.0));
		}

	}

	private final Settings settings;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String runId = UUID.randomUUID().toString().substring(0, 8);

	/** The first answer of each refusing status, to tell what went wrong. */
	private final Map<Integer, String> refusals = new ConcurrentHashMap<>();

	private FaultDrill(Settings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Boolean.getBoolean("brief") ? Settings.brief() : Settings.full();
		Report report = run(settings);
		System.out.println();
		System.out.println("CiRM One-Stop fault drill, " + LocalDate.now() + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores: " + settings);
		System.out.println();
		System.out.println(report.table());
		System.out.println();
		if (!report.failures().isEmpty()) {
			System.out.println("FAILED: " + String.join("; ", report.failures()));
			System.exit(1);
		}
		System.out.println("Passed: nothing lost, nothing twice, every timer on time.");
		System.exit(0);
	}

	static Report run(Settings settings) throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start()) {
			return new FaultDrill(settings).on(Database.create(postgres, "drill"));
		}
	}

	private Report on(Database db) throws Exception {
		Node sandbox = Node.prepare("drill-sandbox", List.of("-Xmx512m"), Map.of(),
				List.of("--spring.profiles.active=demo",
						"--spring.datasource.url=jdbc:h2:mem:sandbox;NON_KEYWORDS=VALUE",
						"--cirm.sandbox.workers=false", "--cirm.sandbox.latency=20ms", "--logging.level.root=WARN"));
		try (sandbox;
				FaultyLink link = new FaultyLink(sandbox.port());
				Node a = node("drill-node-a", db, link);
				Node b = node("drill-node-b", db, link)) {
			sandbox.launch();
			// One after the other: the first creates the demo's accounts and data.
			a.startAgain();
			b.startAgain();
			sandbox.awaitReady();
			a.deploy("benchmark/drill/drill-stall.bpmn", "benchmark/drill/drill-stall-apply.form",
					"benchmark/drill/drill-stall-decide.form");
			a.deploy("benchmark/drill/drill-timers.bpmn");
			Browser officer = new Browser(a.port());
			officer.login("supervisor", "demo");
			// The applicant is checked with the civil registry once, before the faults.
			file("drill-" + this.runId + "-first", a, b);
			Set<String> before = effects(sandbox).keySet();
			return drill(db, sandbox, link, a, b, officer, before);
		}
	}

	private Node node(String name, Database db, FaultyLink link) throws IOException {
		Map<String, String> agencies = new LinkedHashMap<>();
		for (String agency : AGENCIES) {
			agencies.put("CIRM_AGENCY_" + agency.toUpperCase().replace('-', '_') + "_URL",
					"http://localhost:" + link.port() + "/sandbox/agencies/" + agency);
		}
		// e.g. -Ddrill.jvm=-XX:StartFlightRecording=filename=target/benchmark/%p.jfr for
		// a profile
		String jvm = System.getProperty("drill.jvm", "").trim();
		return Node.prepare(name, jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+")), agencies,
				List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + db.jdbcUrl(),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
						"--cirm.sandbox.workers=false",
						"--camunda.bpm.job-execution.lock-time-in-millis=" + this.settings.lockTime().toMillis(),
						"--logging.level.root=WARN"));
	}

	private Report drill(Database db, Node sandbox, FaultyLink link, Node a, Node b, Browser officer,
			Set<String> before) throws Exception {
		int total = this.settings.submissions();
		Map<String, Integer> answers = new ConcurrentHashMap<>();
		AtomicInteger finished = new AtomicInteger();
		CountDownLatch half = new CountDownLatch(1);
		ExecutorService citizens = Executors.newFixedThreadPool(this.settings.clients());
		// The agency's link is bad for the first two thirds of the drill's agency calls.
		link.faults(0.3, 0.1, total * 2L / 3);
		for (int i = 0; i < total; i++) {
			String key = "drill-" + this.runId + "-" + i;
			Node first = i % 2 == 0 ? a : b;
			Node second = first == a ? b : a;
			citizens.execute(() -> {
				answers.put(key, file(key, first, second));
				int done = finished.incrementAndGet();
				if (done == total / 2) {
					half.countDown();
				}
			});
		}
		half.await();
		// The timers are all started before the first is due (a busy node takes its time:
		// a hundred took over 30 s under the full load); the kill waits for its moment.
		Instant kill = Instant.now().plusSeconds(20).plusMillis(400L * this.settings.timers());
		startTimers(b, kill.minusSeconds(1), kill.plusSeconds(20));
		if (Instant.now().isAfter(kill.minusSeconds(1))) {
			System.out.println("The timers were started after the first was due: their lateness includes that.");
		}
		Thread.sleep(Math.max(0, Duration.between(Instant.now(), kill).toMillis()));
		a.kill();
		boolean sessionSurvived = stillLoggedIn(officer.onPort(b.port()));
		Instant killed = Instant.now();
		a.startAgain();
		Duration restart = Duration.between(killed, Instant.now());
		citizens.shutdown();
		citizens.awaitTermination(30, TimeUnit.MINUTES);
		// While circuits are open, calls fail before they reach the link: the faults end
		// a
		// minute after the last submission at the latest.
		await(Duration.ofMinutes(1), () -> !link.faulty());
		link.faults(0, 0, 0);

		// The jobs the faults failed run again a minute later; let them.
		await(Duration.ofMinutes(8), () -> db.number(unsettled()) == 0);
		long incidents = db.number("select count(*) from act_ru_incident i join service_request r"
				+ " on r.process_instance = i.proc_inst_id_ where r.idempotency_key like 'drill-%'");
		long twoIncidents = db.number("select count(*) from (select i.proc_inst_id_ from act_ru_incident i"
				+ " join service_request r on r.process_instance = i.proc_inst_id_"
				+ " where r.idempotency_key like 'drill-%' group by 1 having count(*) > 1) x");
		db.texts("select count(*) || ' incidents: ' || left(incident_msg_, 160) from act_ru_incident group by"
				+ " incident_msg_")
			.forEach(System.out::println);
		retryIncidents(b, db);
		await(Duration.ofMinutes(3), () -> db.number(unsettled()) == 0 && db.number(
				"select count(*) from act_ru_incident i join service_request r on r.process_instance = i.proc_inst_id_"
						+ " where r.idempotency_key like 'drill-%'") == 0);
		await(this.settings.lockTime().plusSeconds(60), () -> db.number(
				"select count(*) from act_hi_job_log where process_def_key_ = 'DrillTimers' and job_state_ = 2") >= this.settings
					.timers());
		return report(db, sandbox, link, answers, before, incidents, twoIncidents, sessionSurvived, restart);
	}

	/** Drill requests whose process still has work for the job executor. */
	private static String unsettled() {
		return "select count(distinct r.id) from service_request r join act_ru_job j on j.process_instance_id_ ="
				+ " r.process_instance where r.idempotency_key like 'drill-%' and j.type_ = 'message'"
				+ " and j.retries_ > 0";
	}

	private Report report(Database db, Node sandbox, FaultyLink link, Map<String, Integer> answers, Set<String> before,
			long incidents, long twoIncidents, boolean sessionSurvived, Duration restart) throws Exception {
		Set<String> accepted = new HashSet<>();
		answers.forEach((key, status) -> {
			if (status / 100 == 2) {
				accepted.add(key);
			}
		});
		Set<String> filed = new HashSet<>(db.texts("select r.idempotency_key from service_request r"
				+ " join act_hi_procinst p on p.id_ = r.process_instance where r.idempotency_key like 'drill-%'"));
		long lost = accepted.stream().filter(key -> !filed.contains(key)).count();
		long halfWritten = db
			.number("select count(*) from service_request r where r.idempotency_key like 'drill-%'"
					+ " and not exists (select 1 from act_hi_procinst p where p.id_ = r.process_instance)")
				+ db.number("select count(*) from act_hi_procinst p where p.proc_def_key_ = 'DrillStallProcess'"
						+ " and not exists (select 1 from service_request r where r.process_instance = p.id_)");
		long keysTwice = db.number("select count(*) from (select idempotency_key from service_request"
				+ " where idempotency_key like 'drill-%' group by 1 having count(*) > 1) x");
		long processesTwice = db.number("select count(*) from (select business_key_ from act_hi_procinst"
				+ " where proc_def_key_ = 'DrillStallProcess' group by 1 having count(*) > 1) x");
		String overdue = "now() - interval '%d seconds'".formatted(this.settings.lockTime().toSeconds() + 15);
		long stuckJobs = db.number("select count(*) from act_ru_job j where (j.retries_ > 0 and j.duedate_ < " + overdue
				+ ") or (j.retries_ = 0 and not exists"
				+ " (select 1 from act_ru_incident i where i.configuration_ = j.id_))");
		long incidentsLeft = db.number("select count(*) from act_ru_incident i join service_request r"
				+ " on r.process_instance = i.proc_inst_id_ where r.idempotency_key like 'drill-%'");
		long notCompleted = db.number("select count(*) from service_request r where r.idempotency_key like 'drill-%'"
				+ " and exists (select 1 from act_ru_execution e where e.proc_inst_id_ = r.process_instance)"
				+ " and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = r.process_instance)");
		long timersFired = db
			.number("select count(*) from act_hi_job_log where process_def_key_ = 'DrillTimers' and job_state_ = 2");
		double latest = Double.parseDouble(db.text("select coalesce(max(extract(epoch from timestamp_ - job_duedate_)),"
				+ " 0) from act_hi_job_log where process_def_key_ = 'DrillTimers' and job_state_ = 2"));
		System.out.println("Timers after their due date, every tenth in due order (s): " + db.text(
				"select string_agg(late::text, ', ' order by n) from (select row_number() over (order by job_duedate_) n,"
						+ " round(extract(epoch from timestamp_ - job_duedate_)::numeric, 1) late from act_hi_job_log"
						+ " where process_def_key_ = 'DrillTimers' and job_state_ = 2) x where n % 10 = 1"));
		System.out.println("Jobs run (timers / others, successes and failures) per 10 s from the first timer's"
				+ " due date: "
				+ db.text("select string_agg(timers || '/' || others, ' ' order by slot) from ("
						+ "select floor(extract(epoch from l.timestamp_ - f.first) / 10) slot,"
						+ " count(*) filter (where l.process_def_key_ = 'DrillTimers') timers,"
						+ " count(*) filter (where l.process_def_key_ <> 'DrillTimers') others from act_hi_job_log l,"
						+ " (select min(job_duedate_) first from act_hi_job_log where process_def_key_ = 'DrillTimers') f"
						+ " where l.job_state_ in (1, 2) and l.timestamp_ >= f.first"
						+ " and l.timestamp_ < f.first + interval '150 seconds' group by 1) x"));
		Map<String, Integer> effects = effects(sandbox);
		effects.keySet().removeAll(before);
		Set<String> receipts = new HashSet<>(
				db.texts("select agency_code || '/' || idempotency_key from agency_handoff where direction = 'OUT'"));
		long duplicateEffects = effects.keySet().stream().filter(key -> !receipts.contains(key)).count();
		long repeated = effects.values().stream().mapToLong(arrivals -> arrivals - 1).sum();
		this.refusals.forEach((status, body) -> System.out.println("First answer " + status + ": " + body));
		return new Report(this.settings, accepted.size(), answers.size() - accepted.size(), lost, halfWritten,
				keysTwice, processesTwice, stuckJobs, incidents, twoIncidents, incidentsLeft, notCompleted, timersFired,
				latest, effects.size(), repeated, duplicateEffects, link.requests(), link.unavailable(), link.resets(),
				sessionSurvived, restart);
	}

	/**
	 * Files one application as a citizen's app does: on a dead node, a lost connection or
	 * a 5xx it tries again, with the same Idempotency-Key, on either node.
	 * @return the last status, 0 when no answer ever came
	 */
	private int file(String key, Node first, Node second) {
		int status = 0;
		for (int attempt = 0; attempt < 40; attempt++) {
			Node node = attempt % 2 == 0 ? first : second;
			try {
				HttpResponse<String> answer = this.http
					.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/requests"))
						.timeout(Duration.ofSeconds(30))
						.header("Content-Type", "application/json")
						.header("Idempotency-Key", key)
						.POST(HttpRequest.BodyPublishers.ofString(APPLICATION.formatted(key)))
						.build(), HttpResponse.BodyHandlers.ofString());
				status = answer.statusCode();
				if (status / 100 != 2) {
					this.refusals.putIfAbsent(status, answer.body());
				}
				if (status < 500 && status != 409) {
					return status;
				}
			}
			catch (IOException deadOrCutOff) {
				status = 0;
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return status;
			}
			pause(Duration.ofMillis(250));
		}
		return status;
	}

	/** Timers due one after the other between {@code from} and {@code to}. */
	private void startTimers(Node node, Instant from, Instant to) throws Exception {
		long step = Duration.between(from, to).toMillis() / Math.max(1, this.settings.timers() - 1);
		ExecutorService starters = Executors.newFixedThreadPool(8);
		DateTimeFormatter engineDate = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
			.withZone(ZoneId.systemDefault());
		List<Future<HttpResponse<String>>> started = new ArrayList<>();
		for (int i = 0; i < this.settings.timers(); i++) {
			String due = engineDate.format(from.plusMillis(step * i));
			started.add(starters.submit(() -> engine(node, "POST", "/process-definition/key/DrillTimers/start",
					"{\"variables\": {\"due\": {\"value\": \"" + due + "\", \"type\": \"Date\"}}}")));
		}
		starters.shutdown();
		for (Future<HttpResponse<String>> timer : started) {
			if (timer.get().statusCode() != 200) {
				throw new IllegalStateException("Timer not started: " + timer.get().body());
			}
		}
	}

	/**
	 * Cockpit's "retry": each incident's failed job gets one more attempt, through the
	 * engine REST API Cockpit calls.
	 */
	private void retryIncidents(Node node, Database db) throws Exception {
		for (String job : db.texts("select i.configuration_ from act_ru_incident i join service_request r"
				+ " on r.process_instance = i.proc_inst_id_ where r.idempotency_key like 'drill-%'"
				+ " and i.incident_type_ = 'failedJob'")) {
			HttpResponse<String> retried = engine(node, "PUT", "/job/" + job + "/retries", "{\"retries\": 1}");
			if (retried.statusCode() != 204) {
				throw new IllegalStateException("Retry refused: " + retried.body());
			}
		}
	}

	private HttpResponse<String> engine(Node node, String method, String path, String json) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/engine-rest" + path))
			.header("Authorization", Node.demo("admin"))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The officer pages answer with the session cookie alone, not with the login page.
	 */
	private static boolean stillLoggedIn(Browser officer) {
		HttpResponse<String> page = officer.get("/officer");
		return page.statusCode() == 200 && !page.body().contains("name=\"password\"");
	}

	/** The calls the sandbox carried out, as agency/key, with how often each key came. */
	private Map<String, Integer> effects(Node sandbox) throws Exception {
		String body = this.http
			.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/sandbox/effects")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Map<String, Integer> effects = new LinkedHashMap<>();
		for (JsonNode effect : JSON.readTree(body)) {
			effects.put(effect.path("agency").asText() + "/" + effect.path("idempotencyKey").asText(),
					effect.path("arrivals").asInt());
		}
		return effects;
	}

	private static void await(Duration atMost, BooleanSupplier condition) {
		Instant until = Instant.now().plus(atMost);
		while (!condition.getAsBoolean() && Instant.now().isBefore(until)) {
			pause(Duration.ofSeconds(2));
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
