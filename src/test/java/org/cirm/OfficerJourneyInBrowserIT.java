package org.cirm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.NationalId;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.cirm.testing.HeadlessChromium;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Officers at work in a real headless Chromium, on the demo data over PostgreSQL: one
 * login, then Tasklist and its Camunda Form, and Citizen 360.
 */
class OfficerJourneyInBrowserIT {

	static ConfigurableApplicationContext app;

	static ChromeDriver chrome;

	@BeforeAll
	static void start() {
		chrome = HeadlessChromium.start();
		app = Postgres.start(Postgres.newDatabase(), "demo", Map.of());
	}

	@AfterAll
	static void stop() {
		if (chrome != null) {
			chrome.quit();
		}
		if (app != null) {
			app.close();
		}
	}

	@Test
	void aMunicipalityOfficerCompletesTheirStepInTasklistWithItsForm() {
		logIn("muni");
		chrome.get(base() + "/camunda/app/tasklist/default/");
		chrome.findElement(By.xpath("//a[contains(., 'Agency handles the complaint')]")).click();
		chrome.findElement(By.xpath("//*[self::a or self::button][contains(., 'Claim')]")).click();
		chrome.findElement(By.xpath("//label[contains(., 'ดำเนินการแล้ว / Done')]")).click();
		type("//label[contains(., '/ Action taken')]/following::textarea[1]", "Noise measured, closure order issued");
		type("//label[contains(., '/ Evidence')]/following::input[1]", "order 2569/0042");
		WebElement complete = chrome.findElement(By.xpath("//button[normalize-space(.)='Complete']"));
		((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", complete);

		TaskService tasks = app.getBean(TaskService.class);
		new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(driver -> tasks.createTaskQuery().taskDefinitionKey("Task_HandleComplaint").count() == 0);
		assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_ReviewOutcome").count()).isEqualTo(2);
	}

	@Test
	void aHotlineOfficerReceivesAComplaintWithTasklistsStartForm() {
		TaskService tasks = app.getBean(TaskService.class);
		long waitingForTriage = tasks.createTaskQuery().taskDefinitionKey("Task_TriageComplaint").count();
		logIn("hotline");
		chrome.get(base() + "/camunda/app/tasklist/default/");
		chrome.findElement(By.xpath("//a[contains(., 'Start process')]")).click();
		chooseService(chrome, "Complaint or petition");
		choose("ช่องทางที่รับเรื่อง / Channel", "สายด่วน 1111 / Hotline 1111");
		choose("ประเภทเรื่อง / Category", "ถนนและการจราจร / Roads and traffic");
		type("//label[contains(., '/ Subject')]/following::input[1]", "Broken traffic light");
		type("//label[contains(., '/ Location')]/following::input[1]", "Rama IV junction");
		type("//label[contains(., '/ Details')]/following::textarea[1]",
				"The light at the junction has been dark for two days");
		WebElement start = chrome.findElement(By.xpath("//button[normalize-space(.)='Start']"));
		((JavascriptExecutor) chrome).executeScript("arguments[0].click();", start);

		new WebDriverWait(chrome, Duration.ofSeconds(10)).until(
				driver -> tasks.createTaskQuery().taskDefinitionKey("Task_TriageComplaint").count() == waitingForTriage
						+ 1);
		// The officer sees the code to read out to the caller, and can print a receipt.
		WebElement notice = new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cirm-started")));
		String code = notice.findElement(By.cssSelector(".cirm-code")).getText();
		assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]{2}");
		assertThat(notice.getText()).contains("Complaint or petition", "พิมพ์ใบรับคำขอ");
		String sendToCaller = notice.findElement(By.partialLinkText("Send the code to the caller"))
			.getAttribute("href");
		chrome.get(notice.findElement(By.tagName("a")).getAttribute("href"));
		assertThat(chrome.findElement(By.id("tracking-code")).getText()).isEqualTo(code);
		assertThat(chrome.findElement(By.tagName("main")).getText()).contains("กำหนดพิจารณาแล้วเสร็จภายใน");

		// The caller is a registered citizen: the officer types their ID on our page
		// (never
		// in Tasklist's form), and the caller gets the code by SMS and can track it.
		chrome.get(sendToCaller);
		chrome.findElement(By.id("caller-national-id")).sendKeys("1101700230074");
		chrome.findElement(By.cssSelector("#caller button[type=submit]")).click();
		assertThat(new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.success")))
			.getText()).contains("ส่งรหัสติดตามถึงผู้ยื่น", "สมชาย");
		assertThat(chrome.getCurrentUrl()).doesNotContain("1101700230074");
		assertThat(app.getBean(JdbcTemplate.class)
			.queryForObject(
					"select count(*) from notification_outbox o join service_request r"
							+ " on r.process_instance = o.process_instance where r.tracking_code = ?"
							+ " and o.template = 'request-received'",
					Integer.class, TrackingCode.parse(code).orElseThrow().value()))
			.isOne();

		// A supervisor finds the request in Cockpit by the code people read out: it is
		// the
		// business key.
		logIn("supervisor");
		String definition = app.getBean(RepositoryService.class)
			.createProcessDefinitionQuery()
			.processDefinitionKey("ComplaintProcess")
			.latestVersion()
			.singleResult()
			.getId();
		chrome.get(base() + "/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
		new WebDriverWait(chrome, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), code));
	}

	@Test
	void tasklistSpeaksThaiToAThaiOfficerAndShowsEachTasksCodeAndSubject() {
		ChromeDriver thai = HeadlessChromium.start("th");
		try {
			HeadlessChromium.logIn(thai, base(), "centre");
			thai.get(base() + "/camunda/app/tasklist/default/");
			new WebDriverWait(thai, Duration.ofSeconds(15)).until(ExpectedConditions
				.textToBePresentInElementLocated(By.tagName("body"), "งานของหน่วยงาน / My agency's tasks"));
			new WebDriverWait(thai, Duration.ofSeconds(15))
				.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "รหัสติดตาม"));
			String page = thai.findElement(By.tagName("body")).getText();
			assertThat(page).contains("เริ่มบริการ")
				.doesNotContain("migrate to Camunda 8")
				.doesNotContain("Start process");

			// Years read in the Buddhist Era: the Thai locale writes "ค.ศ. 2026", the
			// page shows 2569.
			((JavascriptExecutor) thai).executeScript("const p = document.createElement('p'); p.id = 'year-probe';"
					+ " p.textContent = '3 ธันวาคม ค.ศ. 2026 09:30'; document.body.appendChild(p);");
			new WebDriverWait(thai, Duration.ofSeconds(5))
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("year-probe"), "พ.ศ. 2569"));

			// Camunda Forms' own field errors read in Thai, with the English beside them.
			HeadlessChromium.logIn(thai, base(), "hotline");
			thai.get(base() + "/camunda/app/tasklist/default/");
			thai.findElement(By.xpath("//a[contains(., 'เริ่มบริการ')]")).click();
			chooseService(thai, "Complaint or petition");
			new WebDriverWait(thai, Duration.ofSeconds(10))
				.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='เริ่ม']")))
				.click();
			new WebDriverWait(thai, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector(".fjs-form-field-error"), "ต้องกรอกช่องนี้ / Field is required."));
		}
		finally {
			thai.quit();
		}
	}

	@Test
	void aMunicipalityOfficerFindsATaskByTheTrackingCodeACallerReadsOut() {
		Map<String, Object> pothole = new java.util.HashMap<>(Complaints.potholeByHotline());
		pothole.put("province", "BANGKOK");
		String complaint = EngineRest.on(app, "hotline", "demo").start("ComplaintProcess", pothole);
		String code = app.getBean(JdbcTemplate.class)
			.queryForObject("select tracking_code from service_request where process_instance = ?", String.class,
					complaint);
		String formatted = TrackingCode.parse(code).orElseThrow().formatted();
		logIn("muni");
		// Tasklist's search, as it keeps it in the address: Process Variable trackingCode
		// = the code.
		String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + formatted
				+ "\",\"name\":\"trackingCode\"}]";
		chrome.get(base() + "/camunda/app/tasklist/default/#/?searchQuery="
				+ URLEncoder.encode(search, StandardCharsets.UTF_8));

		new WebDriverWait(chrome, Duration.ofSeconds(20)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector(".tasks-list, [cam-tasks]"), formatted));
		assertThat(chrome
			.findElements(By.xpath("//*[contains(@class, 'task')]//*[contains(., 'Agency handles the complaint')]")))
			.isNotEmpty();
	}

	@Test
	void aNumberWrittenWithThousandSeparatorsIsUnderstoodInATasklistForm() {
		logIn("counter");
		chrome.get(base() + "/camunda/app/tasklist/default/");
		chrome.findElement(By.xpath("//a[contains(., 'Start process')]")).click();
		chooseService(chrome, "Restaurant opening");
		String turnover = "//label[contains(., 'Expected yearly turnover')]/following::input[1]";
		type(turnover, "1,500,000");

		assertThat(chrome.findElement(By.xpath(turnover)).getAttribute("value")).isEqualTo("1500000");
		chrome.findElement(By.xpath("//button[normalize-space(.)='Close']")).click();
		new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
	}

	@Test
	void aCounterOfficerTakesAnAllowanceApplicationAndTheMunicipalityApprovesItInTasklist() {
		String somchai = app.getBean(CitizenRegistry.class)
			.find(NationalId.parse("1101700230074"))
			.orElseThrow()
			.ref()
			.value();
		logIn("counter");
		chrome.get(base() + "/camunda/app/tasklist/default/");
		chrome.findElement(By.xpath("//a[contains(., 'Start process')]")).click();
		chooseService(chrome, "Elderly allowance registration");
		type("//label[contains(., \"/ Applicant's reference\")]/following::input[1]", somchai);
		chrome.findElement(By.xpath("//label[contains(., 'โอนเข้าบัญชีธนาคาร / Bank transfer')]")).click();
		WebElement start = chrome.findElement(By.xpath("//button[normalize-space(.)='Start']"));
		((JavascriptExecutor) chrome).executeScript("arguments[0].click();", start);

		// DOPA and the Comptroller General answer from the sandbox, through the job
		// executor.
		TaskService tasks = app.getBean(TaskService.class);
		new WebDriverWait(chrome, Duration.ofSeconds(30))
			.until(driver -> tasks.createTaskQuery().taskDefinitionKey("Task_ReviewApplication").count() == 1);
		logIn("muni");
		chrome.get(base() + "/camunda/app/tasklist/default/");
		chrome.findElement(By.xpath("//a[contains(., 'Municipality reviews and approves')]")).click();
		chrome.findElement(By.xpath("//*[self::a or self::button][contains(., 'Claim')]")).click();
		chrome.findElement(By.xpath("//label[contains(., 'อนุมัติ / Approve')]")).click();
		WebElement complete = chrome.findElement(By.xpath("//button[normalize-space(.)='Complete']"));
		((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", complete);

		HistoryService history = app.getBean(HistoryService.class);
		new WebDriverWait(chrome, Duration.ofSeconds(30)).until(driver -> history.createHistoricActivityInstanceQuery()
			.activityId("Event_AllowanceRegistered")
			.count() == 1);
	}

	/**
	 * Camunda Forms draws its own drop-downs: open the field, then pick the option by its
	 * text.
	 */
	private static void choose(String label, String option) {
		chrome
			.findElement(
					By.xpath("//label[contains(., '" + label + "')]/following::*[contains(@class, 'fjs-select')][1]"))
			.click();
		chrome.findElement(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and contains(., '" + option + "')]"))
			.click();
	}

	@Test
	void aHotlineOfficerLooksACitizenUpInCitizen360() {
		logIn("hotline");
		chrome.get(base() + "/officer/citizens");
		chrome.findElement(By.id("nationalId")).sendKeys("1-1017-00230-07-4");
		new Select(chrome.findElement(By.id("purpose-lookup"))).selectByValue("CITIZEN_ENQUIRY");
		chrome.findElement(By.xpath("//form[contains(@action, 'lookup')]//button")).click();

		new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "สมชาย ใจดี"));
		assertThat(chrome.findElement(By.tagName("main")).getText()).contains("13 เมษายน 2503", "1-1017-xxxxx-xx-4",
				"Complaint Centre");
	}

	/**
	 * Picks a service in Tasklist's start dialog, once its list stands still (the dialog
	 * slides in while the list renders).
	 */
	private static void chooseService(ChromeDriver browser, String name) {
		WebElement service = new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//a[contains(@ng-click, 'selectProcessDefinition') and contains(., '" + name + "')]")));
		((JavascriptExecutor) browser).executeScript("arguments[0].click();", service);
	}

	private static void logIn(String officer) {
		HeadlessChromium.logIn(chrome, base(), officer);
	}

	private static void type(String xpath, String text) {
		HeadlessChromium.typeInForm(chrome, xpath, text);
	}

	private static String base() {
		return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
	}

}
