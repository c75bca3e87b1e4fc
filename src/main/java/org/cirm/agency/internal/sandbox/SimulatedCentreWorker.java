package org.cirm.agency.internal.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.cirm.agency.ComplaintCentre;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The Damrongdhama centre's case system as the demo simulates it: an agency worker that
 * pulls its external tasks through the authenticated engine REST API, as a real agency
 * would, records each complaint and completes it with a case number. It fails at the
 * sandbox's failure rate, reporting the failure so the engine counts retries down to an
 * incident.
 */
@Component
@Profile("demo")
@ConditionalOnProperty("cirm.sandbox.workers")
class SimulatedCentreWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SimulatedCentreWorker.class);

	private static final String WORKER_ID = "sandbox-complaint-centre";

	private static final Duration POLL = Duration.ofSeconds(2);

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final SandboxSwitches switches;

	private final String password;

	private volatile RestClient engine;

	SimulatedCentreWorker(SandboxSwitches switches, @Value("${cirm.demo.password}") String password) {
		this.switches = switches;
		this.password = password;
	}

	@EventListener
	void onServerStarted(WebServerInitializedEvent event) {
		this.engine = RestClient.builder()
			.requestFactory(new SimpleClientHttpRequestFactory())
			.baseUrl("http://localhost:" + event.getWebServer().getPort() + "/engine-rest")
			.defaultHeaders(headers -> headers.setBasicAuth("centre-system", this.password))
			.build();
		this.scheduler.scheduleWithFixedDelay(this::work, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void work() {
		try {
			for (Map<String, Object> task : fetchAndLock()) {
				String id = (String) task.get("id");
				if (ThreadLocalRandom.current().nextDouble() < this.switches.failureRate()) {
					reportFailure(id, (Integer) task.get("retries"));
				}
				else {
					complete(id);
				}
			}
		}
		catch (RestClientException | ClassCastException failed) {
			log.warn("The simulated centre worker could not work: {}", failed.getMessage());
		}
	}

	private List<Map<String, Object>> fetchAndLock() {
		var topic = Map.of("topicName", ComplaintCentre.RECORD_COMPLAINT_TOPIC, "lockDuration", 60_000, "variables",
				List.of("category"));
		return this.engine.post()
			.uri("/external-task/fetchAndLock")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("workerId", WORKER_ID, "maxTasks", 10, "topics", List.of(topic)))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	private void complete(String id) {
		String caseNumber = DemoData.number("1111-", id, 7);
		var variables = Map.of("centreCaseNumber", Map.of("value", caseNumber, "type", "String"));
		post("/external-task/{id}/complete", id, Map.of("workerId", WORKER_ID, "variables", variables));
	}

	private void reportFailure(String id, Integer retries) {
		int left = retries == null ? 2 : retries - 1;
		post("/external-task/{id}/failure", id, Map.of("workerId", WORKER_ID, "errorMessage",
				"Simulated outage of the centre's case system", "retries", Math.max(left, 0), "retryTimeout", 2_000));
	}

	private void post(String path, String id, Map<String, Object> body) {
		this.engine.post()
			.uri(path, id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toBodilessEntity();
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

}
