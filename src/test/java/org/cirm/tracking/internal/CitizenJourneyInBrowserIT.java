package org.cirm.tracking.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's journey in a real headless Chromium, on PostgreSQL: apply on the portal,
 * get a tracking code, see the step at the agency; an officer completes it in Tasklist
 * with its Camunda Form; the citizen sees the request move on. Every portal page passes
 * axe-core (WCAG 2.1 A and AA) without a serious or critical violation.
 */
class CitizenJourneyInBrowserIT {

	private static final String SOMCHAI = "1-1017-00230-07-4";

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
	void aCitizenAppliesOnlineAnOfficerActsInTasklistAndTheCitizenSeesTheStepMove() {
		chrome.manage().deleteAllCookies();
		chrome.get(base() + "/");
		accessible("the portal's front page");
		chrome.findElement(By.xpath("//a[contains(@href, '/services/complaint/apply')]")).click();
		accessible("the application page");

		chrome.findElement(By.id("nationalId")).sendKeys(SOMCHAI);
		chrome.findElement(By.id("firstNameTh")).sendKeys("สมชาย");
		chrome.findElement(By.id("lastNameTh")).sendKeys("ใจดี");
		((JavascriptExecutor) chrome).executeScript("document.getElementById('birthDate').value = '1960-04-13';");
		chrome.findElement(By.id("phone")).sendKeys("0812345678");
		new Select(chrome.findElement(By.id("field-category"))).selectByValue("PUBLIC_NUISANCE");
		chrome.findElement(By.id("field-subject")).sendKeys("เสียงดังจากโรงงานยามวิกาล");
		chrome.findElement(By.id("field-location")).sendKeys("ถนนพระอาทิตย์");
		new Select(chrome.findElement(By.id("field-province"))).selectByValue("BANGKOK");
		chrome.findElement(By.id("field-details")).sendKeys("เครื่องจักรทำงานทั้งคืน / Machines run all night");
		submit();

		WebElement code = new WebDriverWait(chrome, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
		String trackingCode = code.getText();
		accessible("the confirmation");
		assertThat(chrome.findElement(By.tagName("main")).getText()).contains("กำหนดพิจารณาแล้วเสร็จภายใน");

		// Back: what was typed is still there; sending it again files nothing more.
		chrome.navigate().back();
		new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("nationalId")));
		assertThat(chrome.findElement(By.id("nationalId")).getAttribute("value")).isEqualTo(SOMCHAI);
		assertThat(chrome.findElement(By.id("field-subject")).getAttribute("value"))
			.isEqualTo("เสียงดังจากโรงงานยามวิกาล");
		submit();
		new WebDriverWait(chrome, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
		assertThat(chrome.findElement(By.id("tracking-code")).getText()).isEqualTo(trackingCode);
		chrome.navigate().refresh();
		assertThat(chrome.findElement(By.id("tracking-code")).getText()).as("the confirmation survives a reload")
			.isEqualTo(trackingCode);

		track(trackingCode);
		accessible("the tracking page");
		assertThat(chrome.findElement(By.cssSelector("section.forecast")).getText())
			.as("a platform with no history yet forecasts nothing, and says so")
			.contains("Too few past requests have been where yours is now")
			.contains("ยังมีคำขอในอดีต");
		Task step = new WebDriverWait(chrome, Duration.ofSeconds(30)).until(driver -> agencyStepOf(trackingCode));
		track(trackingCode);
		String routed = chrome.findElement(By.tagName("main")).getText();
		assertThat(routed).contains("กำลังดำเนินการ / In progress").contains("หน่วยงานดำเนินการ");
		// The routing table sent it straight to the municipality: triage never reads
		// "Next",
		// and the step of "the agency responsible" names the agency.
		assertThat(routed).containsPattern("ไม่ต้องดำเนินการ / Not needed\\s*:\\s*คัดกรองเรื่องร้องเรียน")
			.doesNotContainPattern("ขั้นต่อไป / Next\\s*:\\s*คัดกรอง")
			.containsPattern("หน่วยงานดำเนินการ.*— เทศบาล");

		logIn("muni");
		chrome.get(base() + "/camunda/app/tasklist/default/#/?task=" + step.getId());
		chrome.findElement(By.xpath("//*[self::a or self::button][contains(., 'Claim')]")).click();
		chrome.findElement(By.xpath("//label[contains(., 'ดำเนินการแล้ว / Done')]")).click();
		type("//label[contains(., '/ Action taken')]/following::textarea[1]", "Factory told to stop at 22:00");
		type("//label[contains(., '/ Evidence')]/following::input[1]", "notice 2569/0077");
		WebElement complete = chrome.findElement(By.xpath("//button[normalize-space(.)='Complete']"));
		((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", complete);
		TaskService tasks = app.getBean(TaskService.class);
		new WebDriverWait(chrome, Duration.ofSeconds(20))
			.until(driver -> tasks.createTaskQuery().taskId(step.getId()).count() == 0);

		chrome.manage().deleteAllCookies();
		track(trackingCode);
		String progress = chrome.findElement(By.tagName("main")).getText();
		assertThat(progress).contains("เสร็จแล้ว / Done").contains("ตรวจสอบผลและปิดเรื่อง");

		// The centre accepts the outcome; the 14-day dispute window passes.
		String complaint = step.getProcessInstanceId();
		Task review = new WebDriverWait(chrome, Duration.ofSeconds(20)).until(driver -> tasks.createTaskQuery()
			.processInstanceId(complaint)
			.taskDefinitionKey("Task_ReviewOutcome")
			.singleResult());
		tasks.complete(review.getId(), Map.of("outcomeAccepted", true));
		ManagementService jobs = app.getBean(ManagementService.class);
		jobs.createJobQuery()
			.processInstanceId(complaint)
			.timers()
			.list()
			.stream()
			.filter(job -> job.getJobDefinitionId() != null)
			.forEach(job -> jobs.executeJob(job.getId()));

		track(trackingCode);
		accessible("the tracking page with the rating form");
		chrome.findElement(By.id("rating-5")).click();
		chrome.findElement(By.id("comment")).sendKeys("รวดเร็วมาก / Very quick");
		WebElement send = chrome.findElement(By.xpath("//form[contains(@action, '/feedback/rating')]//button"));
		((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", send);
		new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-outcome"), "ขอบคุณ"));
		accessible("the answer to the rating");
		assertThat(app.getBean(JdbcTemplate.class)
			.queryForObject("select rating from satisfaction_rating where request_id = ?", Integer.class,
					requestIdOf(trackingCode)))
			.isEqualTo(5);
		assertThat(app.getBean(HistoryService.class)
			.createHistoricVariableInstanceQuery()
			.processInstanceId(complaint)
			.variableName("satisfaction")
			.singleResult()
			.getValue()).as("the complaint's survey got it").isEqualTo(5L);

		// Closed once the centre's register has it too: the citizen reads the answer.
		new WebDriverWait(chrome, Duration.ofSeconds(30)).until(driver -> app.getBean(HistoryService.class)
			.createHistoricProcessInstanceQuery()
			.processInstanceId(complaint)
			.finished()
			.count() == 1);
		track(trackingCode);
		accessible("the tracking page of a closed request");
		assertThat(chrome.findElement(By.tagName("main")).getText()).contains("ตอบแล้ว", "Answered",
				"Factory told to stop at 22:00", "notice 2569/0077");
	}

	@Test
	void aCounterOfficerStartsAServiceForTheCitizenOnScreenAndPrintsTheReceipt() {
		logIn("counter");
		chrome.get(base() + "/officer/citizens");
		accessible("Citizen 360");
		chrome.findElement(By.id("nationalId")).sendKeys(SOMCHAI);
		new Select(chrome.findElement(By.id("purpose-lookup"))).selectByValue("SERVICE_REQUEST");
		chrome.findElement(By.xpath("//form[contains(@action, 'lookup')]//button")).click();
		try {
			new WebDriverWait(chrome, Duration.ofSeconds(10))
				.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "สมชาย ใจดี"));
		}
		catch (RuntimeException e) {
			System.out.println(
					"DEBUGPAGE " + chrome.getCurrentUrl() + " " + chrome.findElement(By.tagName("body")).getText());
			throw e;
		}
		accessible("Citizen 360 with a citizen");
		chrome.findElement(By.xpath("//a[contains(@href, '/services/elderly-allowance')]")).click();
		accessible("the officer's application page");
		new Select(chrome.findElement(By.id("field-paymentMethod"))).selectByValue("CASH");
		submit();
		WebElement code = new WebDriverWait(chrome, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
		assertThat(code.getText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]{2}");
		accessible("the officer's receipt");
		assertThat(chrome.findElement(By.tagName("main")).getText()).contains("ใบรับคำขอ", "กำหนดพิจารณาแล้วเสร็จภายใน",
				"พิมพ์ใบรับคำขอ");
	}

	@Test
	void aCitizenSeesAllTheirRequestsAfterAOneTimeCode() {
		chrome.manage().deleteAllCookies();
		chrome.get(base() + "/my-requests");
		accessible("my requests");
		chrome.findElement(By.id("nationalId")).sendKeys(SOMCHAI);
		((JavascriptExecutor) chrome).executeScript("document.getElementById('birthDate').value = '1960-04-13';");
		submit();
		new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
		String code = new WebDriverWait(chrome, Duration.ofSeconds(10)).until(driver -> app.getBean(JdbcTemplate.class)
			.queryForList("select params from notification_outbox where template = 'one-time-code'"
					+ " order by created_at desc", String.class)
			.stream()
			.findFirst()
			.map(params -> params.replaceAll("(?s).*\"code\":\"(\\d{6})\".*", "$1"))
			.orElse(null));
		chrome.findElement(By.id("code")).sendKeys(code);
		submit();
		new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "คำขอทั้งหมดของท่าน"));
		accessible("the list of my requests");
		assertThat(chrome.findElements(By.cssSelector("table.list tr"))).hasSizeGreaterThan(1);
		assertThat(chrome.getCurrentUrl()).doesNotContain("1101700230074").doesNotContain(code);
	}

	@Test
	void aHotlineOfficerFilesAComplaintForTheCallerWhoGetsTheCodeBySms() {
		logIn("hotline");
		chrome.get(base() + "/officer/citizens");
		chrome.findElement(By.id("nationalId")).sendKeys(SOMCHAI);
		new Select(chrome.findElement(By.id("purpose-lookup"))).selectByValue("COMPLAINT_HANDLING");
		chrome.findElement(By.xpath("//form[contains(@action, 'lookup')]//button")).click();
		new WebDriverWait(chrome, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "สมชาย ใจดี"));
		chrome.findElement(By.xpath("//a[contains(@href, '/services/complaint')]")).click();
		new Select(chrome.findElement(By.id("field-category"))).selectByValue("ROAD_AND_TRAFFIC");
		chrome.findElement(By.id("field-subject")).sendKeys("ไฟจราจรดับ");
		chrome.findElement(By.id("field-location")).sendKeys("แยกพระราม 4");
		new Select(chrome.findElement(By.id("field-province"))).selectByValue("BANGKOK");
		chrome.findElement(By.id("field-details")).sendKeys("ไฟจราจรดับมาสองวัน");
		submit();
		String code = new WebDriverWait(chrome, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")))
			.getText();
		accessible("the hotline officer's receipt");

		String request = requestIdOf(code);
		assertThat(app.getBean(JdbcTemplate.class)
			.queryForObject("select channel from service_request where id = ?", String.class, request))
			.isEqualTo("HOTLINE");
		new WebDriverWait(chrome, Duration.ofSeconds(20)).until(driver -> app.getBean(JdbcTemplate.class)
			.queryForObject(
					"""
							select count(*) from notification_outbox o join service_request r on r.process_instance = o.process_instance
							where r.id = ? and o.template = 'request-received' and o.channel = 'SMS'""",
					Integer.class, request) == 1);
	}

	private static String requestIdOf(String trackingCode) {
		return app.getBean(JdbcTemplate.class)
			.queryForObject("select id from service_request where tracking_code = ?", String.class,
					trackingCode.replace("-", ""));
	}

	@Test
	void refusalsAreAccessibleToo() {
		chrome.manage().deleteAllCookies();
		chrome.get(base() + "/services/complaint/apply");
		chrome.findElement(By.id("nationalId")).sendKeys("1-1017-00230-07-5");
		submit();
		new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
		assertThat(chrome.findElement(By.cssSelector("[role=alert]")).getText()).contains("check digit");
		accessible("the application page with its errors");
		chrome.get(base() + "/services");
		accessible("the service catalog");
		chrome.get(base() + "/services/complaint");
		accessible("a Citizen's Manual");
		chrome.get(base() + "/my-requests");
		accessible("my requests");
		chrome.get(base() + "/sandbox/sms");
		accessible("the demo's SMS page");
	}

	/**
	 * The step at the agency of the request with this code, once the centre routed it.
	 */
	private static Task agencyStepOf(String trackingCode) {
		return app.getBean(TaskService.class)
			.createTaskQuery()
			.processInstanceBusinessKey(trackingCode)
			.taskDefinitionKey("Task_HandleComplaint")
			.singleResult();
	}

	private static void track(String trackingCode) {
		chrome.get(base() + "/track");
		chrome.findElement(By.id("trackingCode")).sendKeys(trackingCode);
		chrome.findElement(By.id("nationalIdLastFour")).sendKeys("0074");
		submit();
		new WebDriverWait(chrome, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.steps")));
	}

	private static void submit() {
		WebElement button = chrome.findElement(By.cssSelector("main form button[type=submit]"));
		((JavascriptExecutor) chrome).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", button);
	}

	private static void accessible(String page) {
		HeadlessChromium.assertAccessible(chrome, page);
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
