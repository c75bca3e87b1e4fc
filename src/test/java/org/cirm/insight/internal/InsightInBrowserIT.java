package org.cirm.insight.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.CompletionForecast;
import org.cirm.servicerequest.CompletionForecasts;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.servicerequest.internal.simulation.SimulatedHistory;
import org.cirm.testing.HeadlessChromium;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month of generated history on PostgreSQL: the dashboard's numbers equal Camunda's
 * history there too, and a manager opens every dashboard in Chromium, sees the charts and
 * the diagram's heat, exports a CSV, and axe-core finds nothing serious.
 */
class InsightInBrowserIT {

	static final LocalDate FROM = LocalDate.of(2025, 9, 1);

	static final int DAYS = 30;

	static final ObjectMapper JSON = new ObjectMapper();

	static ConfigurableApplicationContext app;

	static InsightChecks checks;

	@BeforeAll
	static void liveThroughAMonth() {
		// The history is older than a year by now: forecasts learn from all of it.
		app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("spring.profiles.include", "history", "cirm.insight.prediction.history", "P3650D",
						"cirm.insight.refresh-interval", "PT2S", "cirm.insight.prediction.refresh", "PT1M"));
		assertThat(SimulatedHistory.make(app, FROM, DAYS, 260)).isGreaterThan(150);
		checks = new InsightChecks(app, port(), FROM, FROM.plusDays(DAYS - 1));
		checks.awaitFacts();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void dashboardNumbersEqualCamundaHistoryOnPostgres() {
		checks.receivedAndCompletedPerServiceMatchHistory();
		checks.officerStepsMatchHistory();
		checks.ratingsMatchHistory();
		checks.backlogMatchesHistory(app.getBean(ThaiDates.class));
	}

	@Test
	void aManagerOpensEveryDashboardAndExportsACsv() throws Exception {
		ChromeDriver chrome = HeadlessChromium.start("th");
		try {
			String base = Postgres.baseUrl(app);
			String period = "from=" + FROM + "&to=" + FROM.plusDays(DAYS - 1);
			HeadlessChromium.logIn(chrome, base, "manager");
			chrome.manage().window().setSize(new Dimension(1400, 6000));
			chrome.get(base + "/officer/insight?" + period + "&service=complaint");
			new WebDriverWait(chrome, Duration.ofSeconds(10))
				.until(page -> !page.findElements(By.cssSelector("#volume .chart svg")).isEmpty());
			assertThat(chrome.findElements(By.cssSelector("section.report"))).hasSizeGreaterThanOrEqualTo(12);
			assertThat(chrome.findElements(By.cssSelector(".diagram.heat .shape[class*='heat-']:not(.heat-none)")))
				.isNotEmpty();
			save(chrome, "insight-dashboard");
			Files.write(Path.of("target/screenshots/insight-heat.png"),
					chrome.findElement(By.id("heat")).getScreenshotAs(OutputType.BYTES));
			HeadlessChromium.assertAccessible(chrome, "the dashboard");

			WebElement download = chrome.findElement(By.cssSelector("#compliance-step a.download"));
			String csv = (String) ((JavascriptExecutor) chrome).executeAsyncScript(
					"const done = arguments[arguments.length - 1];"
							+ "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed ' + e));",
					download.getAttribute("href"));
			assertThat(csv).contains("ขั้นตอน / Step").contains("ตรวจสอบ");

			chrome.get(base + "/officer/insight/consistency?" + period
					+ "&service=complaint&step=Task_HandleComplaint&by=OFFICER");
			save(chrome, "insight-consistency");
			new WebDriverWait(chrome, Duration.ofSeconds(10))
				.until(page -> !page.findElements(By.cssSelector(".funnel svg")).isEmpty());
			List<String> units = chrome.findElements(By.cssSelector("main table tbody tr td:first-child"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(units).contains(SimulatedHistory.SLOW_OFFICER);
			assertThat(chrome.findElement(By.cssSelector("ul.below")).getText())
				.contains(SimulatedHistory.SLOW_OFFICER);
			save(chrome, "insight-consistency");
			Files.write(Path.of("target/screenshots/insight-funnel.png"),
					chrome.findElement(By.cssSelector("section.report")).getScreenshotAs(OutputType.BYTES));
			HeadlessChromium.assertAccessible(chrome, "the consistency page");

			chrome.get(base + "/officer/insight/predictions?" + period);
			new WebDriverWait(chrome, Duration.ofSeconds(10))
				.until(page -> !page.findElements(By.cssSelector("#prediction-accuracy .chart svg")).isEmpty());
			assertThat(chrome.findElements(By.cssSelector("section.report"))).hasSize(6);
			assertThat(chrome.findElements(By.cssSelector("#prediction-accuracy tbody tr"))).isNotEmpty();
			assertThat(chrome.findElements(By.cssSelector("#demand-backtest tbody tr"))).isNotEmpty();
			save(chrome, "insight-predictions");
			HeadlessChromium.assertAccessible(chrome, "the forecasts page");
		}
		finally {
			chrome.quit();
		}
	}

	@Test
	void aCitizenAndACounterOfficerSeeWhenARequestWillLikelyBeDone() throws Exception {
		String base = Postgres.baseUrl(app);
		// Filed by an Open311 client, followed there, on the portal and in Citizen 360.
		String[][] fields = { { "api_key", "demo-key-open311" }, { "service_code", "complaint" },
				{ "national_id", "1101700230074" }, { "first_name", "สมชาย" }, { "last_name", "ใจดี" },
				{ "birth_date", "1960-04-13" }, { "phone", "0812345678" },
				{ "attribute[category]", "ROAD_AND_TRAFFIC" }, { "attribute[subject]", "ทางเท้าชำรุด" },
				{ "attribute[location]", "ถนนราชดำเนิน" }, { "attribute[province]", "BANGKOK" },
				{ "attribute[details]", "แผ่นปูทางเท้าหลุด" }, { "nonce", java.util.UUID.randomUUID().toString() } };
		String form = java.util.Arrays.stream(fields)
			.map(field -> URLEncoder.encode(field[0], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field[1], StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String code = JSON.readTree(filed.body()).get(0).get("service_request_id").asText();
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> jdbc
				.sql("select count(*) from step_fact s join request_fact r on r.request_id = s.request_id"
						+ " where r.tracking_code = ?")
				.param(code.replace("-", ""))
				.query(Integer.class)
				.single() > 0);
		FiledRequest request = app.getBean(ServiceRequests.class)
			.find(TrackingCode.parse(code).orElseThrow())
			.orElseThrow();
		CompletionForecast forecast = app.getBean(CompletionForecasts.class).of(request).orElseThrow();
		assertThat(forecast.status()).as("a month of complaints is history enough")
			.isEqualTo(CompletionForecast.Status.FORECAST);
		assertThat(forecast.earliest()).isBeforeOrEqualTo(forecast.likelyBy());
		assertThat(forecast.likelyBy()).isBeforeOrEqualTo(forecast.latest());

		JsonNode described = JSON
			.readTree(http.send(HttpRequest
				.newBuilder(URI.create(base + "/open311/v2/requests/" + code + ".json?api_key=demo-key-open311"))
				.build(), HttpResponse.BodyHandlers.ofString()).body())
			.get(0);
		assertThat(described.get("expected_datetime").asText()).as("the forecast, not the deadline")
			.startsWith(forecast.likelyBy().atZone(ThaiDates.BANGKOK).toLocalDate().toString());
		assertThat(described.get("deadline_datetime").asText()).endsWith("+07:00");

		ChromeDriver chrome = HeadlessChromium.start("th");
		try {
			chrome.manage().window().setSize(new Dimension(1200, 2400));
			chrome.get(base + "/track");
			chrome.findElement(By.id("trackingCode")).sendKeys(code);
			chrome.findElement(By.id("nationalIdLastFour")).sendKeys("0074");
			chrome.findElement(By.cssSelector("main form button[type=submit]")).click();
			new WebDriverWait(chrome, Duration.ofSeconds(10))
				.until(page -> !page.findElements(By.cssSelector("section.forecast")).isEmpty());
			String shown = chrome.findElement(By.cssSelector("section.forecast")).getText();
			ThaiDates dates = app.getBean(ThaiDates.class);
			assertThat(shown).contains("คำขอส่วนใหญ่ที่คล้ายกับของท่านเสร็จภายใน")
				.contains("Most requests like yours are done by")
				.contains("8 ใน 10")
				.contains(dates.dateOf(forecast.likelyBy()))
				.contains(dates.dateOf(forecast.latest()));
			assertThat(chrome.findElement(By.tagName("main")).getText()).as("the legal deadline stays beside it")
				.contains("กำหนดพิจารณาแล้วเสร็จ");
			save(chrome, "tracking-forecast");
			HeadlessChromium.assertAccessible(chrome, "the tracking page with a forecast");

			HeadlessChromium.logIn(chrome, base, "counter");
			chrome.get(base + "/officer/citizens");
			chrome.findElement(By.id("nationalId")).sendKeys("1101700230074");
			new Select(chrome.findElement(By.id("purpose-lookup"))).selectByValue("SERVICE_REQUEST");
			chrome.findElement(By.xpath("//form[contains(@action, 'lookup')]//button")).click();
			new WebDriverWait(chrome, Duration.ofSeconds(10))
				.until(page -> page.findElement(By.tagName("main")).getText().contains("สมชาย ใจดี"));
			assertThat(chrome.findElement(By.tagName("main")).getText()).contains("คาดว่าเสร็จ")
				.contains(dates.dateOf(forecast.likelyBy()));
			save(chrome, "citizen360-forecast");
		}
		finally {
			chrome.quit();
		}
	}

	private static void save(ChromeDriver chrome, String name) throws Exception {
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/" + name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
	}

	private static int port() {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

}
