package org.cirm.servicerequest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.Citizens;
import org.cirm.servicerequest.Outcome;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.testing.EngineRest;
import org.cirm.testing.HeadlessChromium;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default as a demo runs it: the job executor on, every agency the sandbox
 * on this node (with its latency, API keys and signed callbacks), officers working
 * through the engine REST API as Tasklist does. The elderly allowance and the restaurant
 * opening run from application to result with nothing stubbed in the test.
 */
class ServicesInTheDemoIT {

	private static ConfigurableApplicationContext app;

	private static Citizen somchai;

	@BeforeAll
	static void startTheDemo() {
		app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("cirm.sandbox.callback-delay", "300ms", "cirm.sandbox.latency", "20ms"));
		somchai = app.getBean(CitizenRegistry.class).register(Citizens.somchai());
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void somchaiIsRegisteredForTheElderlyAllowanceByTheSandboxAgencies() {
		String application = rest("counter").start("ElderlyAllowanceProcess",
				Map.of("citizenRef", somchai.ref().value(), "paymentMethod", "BANK_TRANSFER"));

		awaitStep(application, "Task_ReviewApplication");
		rest("muni").completeOnlyTask(application, Map.of("municipalityDecision", "APPROVED"));

		awaitEnd(application, "Event_AllowanceRegistered");
	}

	@Test
	void aRestaurantOpensWithTheSandboxAgenciesAndTheirCallbacks() {
		Map<String, Object> values = new HashMap<>(
				Map.of("citizenRef", somchai.ref().value(), "businessNameTh", "ครัวสมชายริมน้ำ", "businessNameEn",
						"Somchai Riverside Kitchen", "province", "Bangkok", "district", "Phra Nakhon"));
		values.putAll(Map.of("floorAreaSquareMetres", 80, "employees", 4, "expectedAnnualTurnoverBaht", 2_400_000));
		String restaurant = rest("counter").start("RestaurantOpeningProcess", values);

		rest("muni").completeOnlyTask(restaurant, Map.of("completeness", "COMPLETE"));
		awaitStep(restaurant, "Task_InspectPremises");
		rest("muni").completeOnlyTask(restaurant, Map.of("inspectionDate", "2026-12-01", "inspectionResult", "PASSED"));
		awaitStep(restaurant, "Task_HandOverResult");
		rest("muni").completeOnlyTask(restaurant, Map.of());

		awaitEnd(restaurant, "Event_RestaurantOpened");
	}

	@Test
	void aPermitForLargePremisesIsRefusedAndTheApplicantReadsTheMunicipalitysReason() {
		Map<String, Object> values = new HashMap<>(
				Map.of("citizenRef", somchai.ref().value(), "businessNameTh", "ภัตตาคารสมชายใหญ่", "businessNameEn",
						"Somchai Grand Restaurant", "province", "Bangkok", "district", "Phra Nakhon"));
		values.putAll(Map.of("floorAreaSquareMetres", 450, "employees", 30, "expectedAnnualTurnoverBaht", 20_000_000));
		String restaurant = rest("counter").start("RestaurantOpeningProcess", values);

		rest("muni").completeOnlyTask(restaurant, Map.of("completeness", "COMPLETE"));
		awaitStep(restaurant, "Task_InspectPremises");
		rest("muni").completeOnlyTask(restaurant, Map.of("inspectionDate", "2026-12-01", "inspectionResult", "PASSED"));

		awaitEnd(restaurant, "Event_PermitRefused");
		ServiceRequests requests = app.getBean(ServiceRequests.class);
		String trackingCode = app.getBean(HistoryService.class)
			.createHistoricProcessInstanceQuery()
			.processInstanceId(restaurant)
			.singleResult()
			.getBusinessKey();
		Outcome outcome = TrackingCode.parse(trackingCode)
			.flatMap(requests::find)
			.flatMap(requests::outcomeOf)
			.orElseThrow();
		assertThat(outcome.kind()).isEqualTo(Outcome.Kind.REFUSED);
		assertThat(outcome.end().en()).isEqualTo("Permit refused");
		assertThat(outcome.details()).singleElement()
			.satisfies(reason -> assertThat(reason.value()).contains("200", "Public Health Act"));

		// The applicant reads it on the tracking page, in a real browser.
		String code = trackingCode;
		ChromeDriver chrome = HeadlessChromium.start();
		try {
			chrome.get("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/track");
			chrome.findElement(By.id("trackingCode")).sendKeys(code);
			chrome.findElement(By.id("nationalIdLastFour")).sendKeys("0074");
			chrome.findElement(By.cssSelector("main form button[type=submit]")).click();
			String page = new WebDriverWait(chrome, Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.outcome")))
				.getText();
			// Refused, with the reason; the request as a whole is never "on time" (each
			// step
			// still says whether it kept its own limit).
			assertThat(page).contains("ไม่อนุมัติ", "Refused", "ไม่อนุญาต", "Public Health Act")
				.doesNotContain("Within the time limit");
			assertThat(chrome.findElement(By.tagName("main")).getText()).doesNotContain("Done on time")
				.doesNotContain("Decision due by");
		}
		finally {
			chrome.quit();
		}
	}

	private static void awaitStep(String instance, String step) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> app.getBean(TaskService.class)
				.createTaskQuery()
				.processInstanceId(instance)
				.taskDefinitionKey(step)
				.count() == 1);
	}

	private static void awaitEnd(String instance, String endEvent) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> endEvent.equals(app.getBean(HistoryService.class)
				.createHistoricProcessInstanceQuery()
				.processInstanceId(instance)
				.singleResult()
				.getEndActivityId()));
		assertThat(app.getBean(HistoryService.class)
			.createHistoricProcessInstanceQuery()
			.processInstanceId(instance)
			.singleResult()
			.getState()).isEqualTo("COMPLETED");
	}

	private static EngineRest rest(String officer) {
		return EngineRest.on(app, officer, "demo");
	}

}
