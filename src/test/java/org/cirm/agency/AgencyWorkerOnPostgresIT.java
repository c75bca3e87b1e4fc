package org.cirm.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.backoff.ExponentialBackoffStrategy;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An agency system that pulls its work: the example worker below is what the README tells
 * an agency to run (Camunda's external task client against the authenticated engine REST
 * API, with the agency's worker account). On real PostgreSQL.
 */
class AgencyWorkerOnPostgresIT {

	private static final String WORKER = "centre-system";

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void startOnPostgres() {
		app = Postgres.start(Postgres.newDatabase(), "demo", Map.of("cirm.sandbox.workers", "false"));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void theCentresWorkerRecordsANewComplaintThroughTheEngineRestApi() {
		String complaint = rest("hotline").start("ComplaintProcess", Complaints.potholeByHotline());

		ExternalTaskClient worker = exampleWorker();
		try {
			worker.subscribe(ComplaintCentre.RECORD_COMPLAINT_TOPIC)
				.variables("category")
				.handler((task, service) -> service.complete(task,
						Map.of("centreCaseNumber", "1111-" + task.getVariable("category").hashCode())))
				.open();

			await().atMost(Duration.ofSeconds(30)).until(() -> centreCaseNumberOf(complaint) != null);
		}
		finally {
			worker.stop();
		}
		assertThat(centreCaseNumberOf(complaint)).startsWith("1111-");
		assertThat(app.getBean(RuntimeService.class).createIncidentQuery().processInstanceId(complaint).count())
			.isZero();
	}

	@Test
	void aWorkerThatGivesUpRaisesAnIncidentAnOperatorCanSee() {
		String complaint = rest("hotline").start("ComplaintProcess", Complaints.potholeByHotline());

		ExternalTaskClient worker = exampleWorker();
		try {
			worker.subscribe(ComplaintCentre.RECORD_COMPLAINT_TOPIC)
				.handler((task, service) -> service.handleFailure(task, "Case register offline", null, 0, 0))
				.open();

			await().atMost(Duration.ofSeconds(30))
				.until(() -> app.getBean(RuntimeService.class)
					.createIncidentQuery()
					.processInstanceId(complaint)
					.count() == 1);
		}
		finally {
			worker.stop();
		}
		var incidents = rest("admin").list("/incident?processInstanceId=" + complaint);
		assertThat(incidents).singleElement()
			.satisfies(incident -> assertThat(incident.get("incidentMessage")).isEqualTo("Case register offline"));
	}

	@Test
	void aWorkerAccountMayTakeOnlyItsAgencysTopicsAndNothingElse() {
		EngineRest worker = rest(WORKER);

		var othersTopic = worker.post("/external-task/fetchAndLock", Map.of("workerId", "w", "maxTasks", 1, "topics",
				List.of(Map.of("topicName", "dopa.look-up", "lockDuration", 1000))));
		var processInstances = worker.get("/process-instance");
		var ownTopic = worker.post("/external-task/fetchAndLock", Map.of("workerId", "w", "maxTasks", 1, "topics",
				List.of(Map.of("topicName", "complaint-centre.nothing-here", "lockDuration", 1000))));

		assertThat(othersTopic.getStatusCode().value()).isEqualTo(403);
		assertThat(processInstances.getStatusCode().value()).isEqualTo(403);
		assertThat(ownTopic.getStatusCode().value()).isEqualTo(200);
	}

	/**
	 * The README's worker, polling without long polling: the engine REST API's long-poll
	 * handler is a JVM-wide singleton that stops with the first application closed in
	 * this test JVM, which never happens to a real node.
	 */
	private static ExternalTaskClient exampleWorker() {
		return ExternalTaskClient.create()
			.baseUrl(base() + "/engine-rest")
			.workerId("centre-example-worker")
			.addInterceptor(new BasicAuthProvider(WORKER, "demo"))
			.backoffStrategy(new ExponentialBackoffStrategy(100, 2, 500))
			.lockDuration(20_000)
			.build();
	}

	private static String centreCaseNumberOf(String complaint) {
		var variable = app.getBean(HistoryService.class)
			.createHistoricVariableInstanceQuery()
			.processInstanceId(complaint)
			.variableName("centreCaseNumber")
			.singleResult();
		return variable == null ? null : (String) variable.getValue();
	}

	private static EngineRest rest(String user) {
		return EngineRest.on(app, user, "demo");
	}

	private static String base() {
		return Postgres.baseUrl(app);
	}

}
