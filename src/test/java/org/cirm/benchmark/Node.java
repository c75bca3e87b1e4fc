package org.cirm.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real jar as a child process, as an operator runs it: its own port, options and
 * environment, its output in {@code target/benchmark/<name>.log} (this run's). Ready when
 * its readiness probe answers; killed with SIGKILL or stopped as a service manager would,
 * and started again on the same port.
 */
final class Node implements AutoCloseable {

	static final Path WORK = Path.of("target", "benchmark");

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private Process process;

	private long launchedAt;

	private Duration startup = Duration.ZERO;

	private Node(String name, List<String> command, Map<String, String> environment, int port) {
		this.name = name;
		this.command = command;
		this.environment = environment;
		this.port = port;
	}

	/**
	 * Starts the jar and waits until it is ready.
	 * @param jvmOptions e.g. {@code -Xmx512m}
	 * @param arguments Spring Boot's command-line properties
	 */
	static Node start(String name, List<String> jvmOptions, Map<String, String> environment, List<String> arguments)
			throws IOException, InterruptedException {
		Node node = prepare(name, jvmOptions, environment, arguments);
		node.startAgain();
		return node;
	}

	/** Starts the jar without waiting for it: {@link #awaitReady()} does. */
	static Node prepare(String name, List<String> jvmOptions, Map<String, String> environment, List<String> arguments)
			throws IOException {
		int port = freePort();
		// A new run's log starts empty; a restart of the node adds to it.
		Files.createDirectories(WORK);
		Files.deleteIfExists(WORK.resolve(name + ".log"));
		List<String> command = new ArrayList<>(List.of("java"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
		command.addAll(arguments);
		return new Node(name, command, environment, port);
	}

	/** Starts (again, on the same port) and waits until ready. */
	void startAgain() throws IOException, InterruptedException {
		launch();
		awaitReady();
	}

	void launch() throws IOException {
		Files.createDirectories(WORK);
		ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve(this.name + ".log").toFile()));
		builder.environment().putAll(this.environment);
		this.launchedAt = System.nanoTime();
		this.process = builder.start();
	}

	void awaitReady() throws InterruptedException {
		while (!ready()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The node did not start: see " + WORK.resolve(this.name + ".log"));
			}
			Thread.sleep(200);
		}
		this.startup = Duration.ofNanos(System.nanoTime() - this.launchedAt);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("cirm-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar in target/: run ./mvnw package first"));
		}
	}

	/** HTTP Basic for a demo account. */
	static String demo(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
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

	String name() {
		return this.name;
	}

	int port() {
		return this.port;
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

	boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * Deploys models and forms from the test resources through {@code /engine-rest}, in
	 * one deployment, as a process owner.
	 */
	void deploy(String... resources) throws IOException, InterruptedException {
		String boundary = UUID.randomUUID().toString();
		List<byte[]> parts = new ArrayList<>();
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
				+ Path.of(resources[0]).getFileName() + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		for (String resource : resources) {
			String file = Path.of(resource).getFileName().toString();
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"" + file
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			try (InputStream in = Node.class.getClassLoader().getResourceAsStream(resource)) {
				parts.add(in.readAllBytes());
			}
			parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = this.http
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/deployment/create"))
				.header("Authorization", demo("owner"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
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

	/**
	 * What holds the heap now, class by class, largest first
	 * ({@code jcmd GC.class_histogram} of the JDK running the benchmark), into this file.
	 */
	void heapHistogram(Path file) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process histogram = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.class_histogram")
			.redirectErrorStream(true)
			.redirectOutput(file.toFile())
			.start();
		histogram.waitFor();
	}

	private static String value(String status, String field) {
		Matcher matcher = Pattern.compile(field + ":\\s+(\\d+) kB").matcher(status);
		return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024 + " MB" : "n/a";
	}

	/** SIGKILL: no shutdown hook, no graceful stop, transactions cut off mid-way. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			this.process.waitFor();
		}
	}

}
