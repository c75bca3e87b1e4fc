package org.cirm.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo with its agencies failing 30% of the time (README: "try 0.3"): every case
 * started still gets through its agency step or shows an incident an operator can see;
 * none is lost. On real PostgreSQL, with the job executor and the sandbox's own worker
 * running as in the demo.
 */
class SandboxUnderFailuresIT {

	private static final int CASES = 20;

	@Test
	void everyCaseCompletesItsAgencyStepOrRaisesAVisibleIncident() {
		try (ConfigurableApplicationContext app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("cirm.sandbox.failure-rate", "0.3", "cirm.sandbox.latency", "0ms"))) {
			EngineRest hotline = new EngineRest(
					new TestRestTemplate(new RestTemplateBuilder()
						.rootUri("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))),
					"hotline", "demo");
			List<String> started = new ArrayList<>();
			for (int i = 0; i < CASES; i++) {
				started.add(hotline.start("ComplaintProcess", Complaints.potholeByHotline()));
			}

			await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> started.stream()
					.allMatch(complaint -> recorded(app, complaint) || hasIncident(app, complaint)));

			assertThat(app.getBean(RuntimeService.class)
				.createProcessInstanceQuery()
				.processInstanceIds(new HashSet<>(started))
				.count()).as("no case lost").isEqualTo(CASES);
			assertThat(started.stream().filter(complaint -> recorded(app, complaint)).count())
				.as("most cases get through")
				.isGreaterThan(CASES / 2);
		}
	}

	private static boolean recorded(ConfigurableApplicationContext app, String complaint) {
		return app.getBean(HistoryService.class)
			.createHistoricVariableInstanceQuery()
			.processInstanceId(complaint)
			.variableName("centreCaseNumber")
			.count() == 1;
	}

	private static boolean hasIncident(ConfigurableApplicationContext app, String complaint) {
		return app.getBean(RuntimeService.class)
			.createIncidentQuery()
			.processInstanceId(complaint)
			.activityId("Task_RecordAtCentre")
			.count() == 1;
	}

}
