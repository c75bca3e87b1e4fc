package org.cirm.platform.internal.security;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an outside probe of the demo found, each closed: an agency system's worker account
 * reaching officers' paths, the webapps' copy of the engine API without the engine API's
 * guards, a process owner working agency steps, logout without the CSRF token, a redirect
 * to whatever host a client names.
 */
@CirmWebTest
@ExtendWith(OutputCaptureExtension.class)
class OutsideProbeTest {

	private static final String WORKER = "centre-system";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anAgencySystemCannotSignInThroughTheLoginPage() {
		Browser machine = new Browser(this.port);

		HttpResponse<String> login = machine.login(WORKER, "demo");

		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/login?error"));
		assertThat(machine.get("/officer").statusCode()).isEqualTo(302);
	}

	@Test
	void anAgencySystemReachesNoOfficerPathWithItsPassword() throws Exception {
		for (String path : new String[] { "/camunda/api/engine/engine/default/variable-instance",
				"/camunda/api/engine/engine/default/process-instance", "/officer/api/handoffs", "/officer",
				"/officer/api/sla/at-risk", "/camunda/app/tasklist/default/", "/actuator/metrics" }) {
			assertThat(basic(WORKER, "GET", path, null).statusCode()).as(path).isIn(302, 401, 403);
		}
		assertThat(basic(WORKER, "DELETE", "/camunda/api/engine/engine/default/process-instance/x/variables/y", null)
			.statusCode()).isIn(401, 403);
	}

	@Test
	void anAgencySystemFetchesOnlyItsTopicsWhicheverEnginePathItUses() throws Exception {
		String others = "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"municipality.inspect\","
				+ "\"lockDuration\":1000}]}";
		String its = others.replace("municipality.inspect", "complaint-centre.open-case");
		for (String prefix : new String[] { "/engine-rest", "/engine-rest/engine/default" }) {
			assertThat(basic(WORKER, "POST", prefix + "/external-task/fetchAndLock", others).statusCode()).as(prefix)
				.isEqualTo(403);
			assertThat(basic(WORKER, "POST", prefix + "/external-task/fetchAndLock", its).statusCode()).as(prefix)
				.isEqualTo(200);
			assertThat(basic(WORKER, "GET", prefix + "/variable-instance", null).statusCode()).as(prefix)
				.isEqualTo(403);
		}
	}

	@Test
	void theWebappsApiHasTheEngineApisRowCap() {
		Browser officer = loggedIn("muni");

		assertThat(officer.get("/camunda/api/engine/engine/default/task?maxResults=5000", "Accept", "application/json")
			.statusCode()).isEqualTo(400);
		assertThat(officer.get("/camunda/api/engine/engine/default/task?maxResults=15", "Accept", "application/json")
			.statusCode()).isEqualTo(200);
		assertThat(officer
			.get("/camunda/api/engine/engine/default/filter?firstResult=0&maxResults=2000&resourceType=Task", "Accept",
					"application/json")
			.statusCode()).as("Tasklist's own list of saved filters").isEqualTo(200);
	}

	@Test
	void fetchingExternalTasksThroughTheWebappsIsRefusedQuietly(CapturedOutput log) {
		Browser officer = loggedIn("muni");

		HttpResponse<String> fetch = officer.postToWebappApi(
				"/camunda/api/engine/engine/default/external-task/fetchAndLock",
				"{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"x\",\"lockDuration\":1000}]}");

		assertThat(fetch.statusCode()).isEqualTo(403);
		assertThat(log.getAll()).doesNotContain("\tat org.camunda");
	}

	@Test
	void aTaskFormTheModelRefusesIsOneInfoLineWithoutAStackTrace(CapturedOutput log) {
		String complaint = as("counter").start("ComplaintProcess", Complaints.potholeByHotline());
		String triage = as("centre").onlyTaskOf(complaint);

		var refused = as("centre").submitTaskForm(triage, Complaints.forwardTo("ministry-of-magic"));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(log.getAll()).contains("INFO").contains("Refused a form").doesNotContain("ENGINE-16004");
	}

	@Test
	void aProcessOwnerDeploysButWorksNoAgencysStep() {
		String complaint = as("counter").start("ComplaintProcess", Complaints.potholeByHotline());
		String triage = as("centre").onlyTaskOf(complaint);

		assertThat(as("owner").post("/task/" + triage + "/claim", Map.of("userId", "owner")).getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(as("owner").submitTaskForm(triage, Complaints.forwardTo("municipality")).getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(as("owner").get("/process-instance/" + complaint).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(as("owner").get("/history/process-instance/" + complaint).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(as("owner").put("/process-instance/" + complaint + "/suspended", Map.of("suspended", true))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void theWebappsLogoutWithoutItsCsrfTokenIsRefusedAndTheSessionStays() {
		Browser officer = loggedIn("muni");

		HttpResponse<String> forged = officer.postForm("/camunda/api/admin/auth/user/default/logout", Map.of());

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(officer.get("/officer").statusCode()).as("still signed in").isEqualTo(200);
	}

	@Test
	void redirectsNameAPathNotTheHostAClientSent() throws Exception {
		String answer;
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write("GET /applied HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}

		assertThat(answer).startsWith("HTTP/1.1 302").contains("Location: /track\r\n");
		assertThat(answer).doesNotContain("evil.example").contains("Referrer-Policy: same-origin");
	}

	private HttpResponse<String> basic(String user, String method, String path, String json) throws Exception {
		String credentials = java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes());
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Browser loggedIn(String user) {
		Browser officer = new Browser(this.port);
		officer.login(user, "demo");
		officer.get("/camunda/app/tasklist/default/");
		return officer;
	}

	private EngineRest as(String user) {
		return new EngineRest(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + this.port)),
				user, "demo");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
