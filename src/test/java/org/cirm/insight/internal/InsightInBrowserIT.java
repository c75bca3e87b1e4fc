package org.cirm.insight.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month of generated history on PostgreSQL: the dashboard's numbers equal Camunda's
 * history there too, and a manager opens every dashboard in Chromium, sees the charts and
 * the diagram's heat, exports a CSV, and axe-core finds nothing serious.
 */
class InsightInBrowserIT {

	static final LocalDate FROM = LocalDate.of(2025, 9, 1);

	static final int DAYS = 30;

	static ConfigurableApplicationContext app;

	static InsightChecks checks;

	@BeforeAll
	static void liveThroughAMonth() {
		app = Postgres.start(Postgres.newDatabase(), "demo", Map.of("spring.profiles.include", "history"));
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
