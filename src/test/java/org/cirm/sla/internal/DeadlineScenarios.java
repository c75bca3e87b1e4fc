package org.cirm.sla.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.cirm.platform.ThaiDates;
import org.cirm.sla.Deadline;
import org.cirm.sla.DelayNotice;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.SlaCalendars;
import org.cirm.sla.SlaState;
import org.cirm.testing.Browser;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service levels kept by the engine across the Songkran holidays of 2026 (Monday 13 to
 * Wednesday 15 April) and Coronation Day (Monday 4 May), with time moved by the engine's
 * clock and every due job run as the job executor would. Run on H2 and on PostgreSQL.
 */
abstract class DeadlineScenarios {

	static final String PROCESS = "SlaTestProcess";

	/**
	 * Where the tests put an operator's updated holiday file (a second data location).
	 */
	static final Path EXTRA_HOLIDAYS = Path.of(System.getProperty("java.io.tmpdir"),
			"cirm-sla-test-" + ProcessHandle.current().pid());

	static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	abstract ConfigurableApplicationContext app();

	static Map<String, Object> settings() {
		try {
			Files.createDirectories(EXTRA_HOLIDAYS);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		// The SLA test model breaks rules on purpose (steps longer than the service).
		return Map.of("cirm.models.check", "warn", "camunda.bpm.job-execution.enabled", "false", "cirm.sandbox.workers",
				"false", "cirm.sla.holidays[0]", "classpath:sla/holidays/*.json", "cirm.sla.holidays[1]",
				"file:" + EXTRA_HOLIDAYS + "/*.json");
	}

	static void deploy(ConfigurableApplicationContext app) {
		app.getBean(RepositoryService.class)
			.createDeployment()
			.name("sla-test")
			.addClasspathResource("models/sla-test.bpmn")
			.deploy();
	}

	@AfterEach
	void realTimeAndTheShippedHolidays() throws IOException {
		ClockUtil.reset();
		try (var files = Files.list(EXTRA_HOLIDAYS)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		bean(SlaCalendars.class).reload();
	}

	@Test
	void aLateStepIsWarnedThenEscalatedAndALateDecisionGetsANoticeEverySevenDays() {
		at("2026-04-09T10:00");
		String request = start(false);

		Deadline check = step(request, "Task_Check");
		assertThat(check.dueAt()).as("Fri 10 and, after Songkran, Thu 16 April").isEqualTo(bangkok("2026-04-16T16:30"));
		assertThat(task(request, "Task_Check").getDueDate()).isEqualTo(Date.from(check.dueAt()));
		Deadline service = service(request);
		assertThat(service.dueAt()).as("5 working days: 10, 16, 17, 20, 21 April")
			.isEqualTo(bangkok("2026-04-21T16:30"));
		assertThat(service.state()).isEqualTo(SlaState.ON_TRACK);
		assertThat(deadlineTimers(request)).as("one timer per clock: its warning")
			.containsExactlyInAnyOrder(bangkok("2026-04-16T12:00"), bangkok("2026-04-20T15:12"));

		at("2026-04-16T11:59");
		runDueJobs(request);
		assertThat(step(request, "Task_Check").state()).isEqualTo(SlaState.ON_TRACK);

		at("2026-04-16T12:00");
		runDueJobs(request);
		assertThat(step(request, "Task_Check").state()).as("80% of 22.5 office hours used").isEqualTo(SlaState.AT_RISK);
		assertThat(task(request, "Task_Check").getPriority()).isEqualTo(Deadlines.WARNING_PRIORITY);
		assertThat(candidateGroups(request, "Task_Check")).containsExactly("agency-municipality");
		assertThat(deadlineTimers(request)).as("the warning set the breach")
			.containsExactlyInAnyOrder(bangkok("2026-04-16T16:30"), bangkok("2026-04-20T15:12"));

		at("2026-04-16T16:30");
		runDueJobs(request);
		assertThat(step(request, "Task_Check").state()).isEqualTo(SlaState.BREACHED);
		assertThat(task(request, "Task_Check").getPriority()).isEqualTo(Deadlines.ESCALATED_PRIORITY);
		assertThat(candidateGroups(request, "Task_Check")).as("escalated to the supervisors")
			.containsExactlyInAnyOrder("agency-municipality", "supervisor");
		assertThat(breaches(request)).containsExactly("Task_Check");

		at("2026-04-17T09:00");
		complete(request, "Task_Check", Map.of("needsDocuments", false));
		assertThat(step(request, "Task_Check").state()).as("ended late").isEqualTo(SlaState.BREACHED);
		assertThat(jdbc().queryForObject(
				"select count(*) from sla_breach where process_instance = ? and actual_at is" + " not null",
				Integer.class, request))
			.isOne();
		assertThat(task(request, "Task_Decide").getDueDate()).as("10 working days; Labour Day is worked")
			.isEqualTo(Date.from(bangkok("2026-05-01T16:30")));

		at("2026-04-21T16:30");
		runDueJobs(request);
		assertThat(service(request).state()).isEqualTo(SlaState.BREACHED);
		assertThat(breaches(request)).containsExactly("Task_Check", null);
		List<DelayNotice> notices = bean(ServiceLevels.class).delayNoticesOf(request);
		assertThat(notices).hasSize(1);
		assertThat(notices.get(0).issuedAt()).isEqualTo(bangkok("2026-04-21T16:30"));
		assertThat(notices.get(0).reason().en()).contains("Decide").contains("municipality");
		assertThat(notices.get(0).reason().th()).contains("พิจารณาอนุญาต");

		at("2026-04-28T16:29");
		runDueJobs(request);
		assertThat(bean(ServiceLevels.class).delayNoticesOf(request)).hasSize(1);
		at("2026-04-28T16:30");
		runDueJobs(request);
		assertThat(bean(ServiceLevels.class).delayNoticesOf(request)).extracting(DelayNotice::sequence)
			.containsExactly(1, 2);

		at("2026-04-29T10:00");
		complete(request, "Task_Decide", Map.of());
		assertThat(service(request).endedAt()).as("the decision stops the request's clock")
			.isEqualTo(bangkok("2026-04-29T10:00"));
		assertThat(deadlineTimers(request)).as("no more notices").isEmpty();
		at("2026-05-12T10:00");
		runDueJobs(request);
		assertThat(bean(ServiceLevels.class).delayNoticesOf(request)).hasSize(2);
	}

	@Test
	void timersAndDueDatesWrittenInWorkingTimeSkipHolidays() {
		at("2026-04-29T10:00");
		String request = start(false);
		complete(request, "Task_Check", Map.of("needsDocuments", false));
		complete(request, "Task_Decide", Map.of());

		Job cooling = modelTimer(request);
		assertThat(cooling.getDuedate()).as("3 working days: 30 April, 1 May, and 5 May after Coronation Day")
			.isEqualTo(Date.from(bangkok("2026-05-05T16:30")));
		at("2026-05-05T16:30");
		runDueJobs(request);
		assertThat(task(request, "Task_Archive").getDueDate()).as("1 วันทำการ")
			.isEqualTo(Date.from(bangkok("2026-05-06T16:30")));
	}

	@Test
	void waitingForTheApplicantStopsTheRequestsClock() {
		at("2026-04-01T09:00");
		String request = start(true);
		assertThat(service(request).dueAt()).as("2, 3, 7, 8, 9 April (6 April is Chakri Day)")
			.isEqualTo(bangkok("2026-04-09T16:30"));
		at("2026-04-01T10:00");
		complete(request, "Task_Check", Map.of("needsDocuments", true));
		assertThat(service(request).state()).isEqualTo(SlaState.PAUSED);
		assertThat(deadlineTimers(request)).as("nothing runs while the clock is stopped").isEmpty();

		at("2026-04-08T10:00");
		bean(RuntimeService.class).createMessageCorrelation("sla-test.documents")
			.processInstanceId(request)
			.correlate();

		Deadline resumed = service(request);
		assertThat(resumed.state()).isEqualTo(SlaState.ON_TRACK);
		assertThat(resumed.dueAt()).as("moved by the 32 office hours it waited: to 20 April, after Songkran")
			.isEqualTo(bangkok("2026-04-20T16:30"));
		assertThat(deadlineTimers(request)).as("the warning, moved by the same 32 office hours")
			.contains(bangkok("2026-04-17T15:00"));
		assertThat(resumed.workingTimeUsed()).as("1 hour on 1 April, 32 hours stopped")
			.isEqualTo(java.time.Duration.ofHours(1));
	}

	@Test
	void aNewHolidayMovesRunningDeadlinesTheirTimersDueDatesAndTheModelsTimers() throws IOException {
		at("2026-04-09T10:00");
		String checking = start(false);
		String cooling = start(false);
		complete(cooling, "Task_Check", Map.of("needsDocuments", false));
		complete(cooling, "Task_Decide", Map.of());
		assertThat(modelTimer(cooling).getDuedate()).isEqualTo(Date.from(bangkok("2026-04-17T16:30")));

		// The cabinet declares Thursday 16 April 2026 a special holiday.
		String year = new String(getClass().getResourceAsStream("/sla/holidays/2026.json").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		Files.writeString(EXTRA_HOLIDAYS.resolve("2026.json"), year.replace("\"holidays\": [", """
				"holidays": [
				  { "date": "2026-04-16", "nameTh": "วันหยุดราชการเพิ่มเป็นกรณีพิเศษ", "nameEn": "Special holiday",
				    "kind": "SPECIAL", "source": "มติคณะรัฐมนตรี (ทดสอบ) / Cabinet resolution (test)" },"""));
		var answer = officer("admin").postJson("/officer/api/sla/recalculate", "{}");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).contains("\"years\":[2025,2026,2027]");

		assertThat(step(checking, "Task_Check").dueAt()).isEqualTo(bangkok("2026-04-17T16:30"));
		assertThat(task(checking, "Task_Check").getDueDate()).isEqualTo(Date.from(bangkok("2026-04-17T16:30")));
		assertThat(deadlineTimers(checking)).as("the step's warning moves with its due date")
			.contains(bangkok("2026-04-17T12:00"))
			.doesNotContain(bangkok("2026-04-16T12:00"));
		assertThat(modelTimer(cooling).getDuedate()).as("3 working days: 10, 17, 20 April")
			.isEqualTo(Date.from(bangkok("2026-04-20T16:30")));
	}

	@Test
	void aCancelledRequestStopsItsClocksAndTimers() {
		at("2026-04-09T10:00");
		String request = start(false);

		bean(RuntimeService.class).deleteProcessInstance(request, "withdrawn by the applicant", true);

		assertThat(
				jdbc().queryForObject("select count(*) from sla_clock where process_instance = ? and ended_at is null",
						Integer.class, request))
			.isZero();
		assertThat(deadlineTimers(request)).isEmpty();
	}

	@Test
	void tasklistShowsTheCalendarsDueDate() {
		at("2026-04-09T10:00");
		String request = start(false);
		Instant expected = bean(SlaCalendars.class).of("municipality").addWorkingDays(bangkok("2026-04-09T10:00"), 2);

		List<Map<String, Object>> tasks = EngineRest.on(app(), "muni", "demo")
			.list("/task?processInstanceId=" + request);

		assertThat(tasks).hasSize(1);
		assertThat(OffsetDateTime.parse((String) tasks.get(0).get("due"), REST_DATE).toInstant()).isEqualTo(expected);
	}

	@Test
	void officersSeeTheDeadlinesSupervisorsTheLateOnesAndTheOpdcReport() {
		at("2026-04-09T10:00");
		String request = start(false);
		at("2026-04-22T09:00");
		runDueJobs(request);

		Browser supervisor = officer("supervisor");
		String json = "application/json";
		assertThat(supervisor.get("/officer/api/sla/requests/" + request, "Accept", json).body()).contains("Task_Check")
			.contains("BREACHED");
		assertThat(supervisor.get("/officer/api/sla/at-risk", "Accept", json).body()).contains(request);
		assertThat(
				supervisor.get("/officer/api/sla/delay-notices?from=2026-04-22&to=2026-04-22", "Accept", json).body())
			.contains(request)
			.contains("\"sequence\":1");
		assertThat(officer("muni").get("/officer/api/sla/delay-notices?from=2026-04-21&to=2026-04-21", "Accept", json)
			.statusCode()).as("supervisors only").isEqualTo(403);
		assertThat(supervisor
			.putJson("/officer/api/sla/requests/" + request + "/delay-reason",
					"{\"th\": \"รอผลตรวจสถานที่\", \"en\": \"Waiting for the site inspection\"}")
			.statusCode()).isEqualTo(200);
		assertThat(supervisor.putJson("/officer/api/sla/requests/" + request + "/delay-reason", "{\"th\": \"\"}")
			.statusCode()).as("a reason in both languages").isEqualTo(400);
		at("2026-04-29T09:00");
		runDueJobs(request);
		assertThat(bean(ServiceLevels.class).delayNoticesOf(request).get(1).reason().en())
			.isEqualTo("Waiting for the site inspection");
	}

	Browser officer(String user) {
		Browser browser = new Browser(Integer.parseInt(app().getEnvironment().getProperty("local.server.port")));
		browser.login(user, "demo");
		return browser;
	}

	String start(boolean needsDocuments) {
		return bean(RuntimeService.class)
			.startProcessInstanceByKey(PROCESS, "request-" + UUID.randomUUID(),
					Map.of("needsDocuments", needsDocuments))
			.getId();
	}

	void complete(String request, String step, Map<String, Object> variables) {
		bean(TaskService.class).complete(task(request, step).getId(), variables);
	}

	Task task(String request, String step) {
		return bean(TaskService.class).createTaskQuery()
			.processInstanceId(request)
			.taskDefinitionKey(step)
			.singleResult();
	}

	List<String> candidateGroups(String request, String step) {
		return bean(TaskService.class).getIdentityLinksForTask(task(request, step).getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter(group -> group != null)
			.toList();
	}

	Deadline step(String request, String step) {
		return bean(ServiceLevels.class).of(request)
			.stream()
			.filter(deadline -> step.equals(deadline.step()))
			.reduce((first, later) -> later)
			.orElseThrow();
	}

	Deadline service(String request) {
		return bean(ServiceLevels.class).serviceOf(request).orElseThrow();
	}

	List<String> breaches(String request) {
		return jdbc().queryForList("select step from sla_breach where process_instance = ? order by breached_at",
				String.class, request);
	}

	/** The due instants of the request's service-level timers. */
	List<Instant> deadlineTimers(String request) {
		return bean(ManagementService.class).createJobQuery()
			.processInstanceId(request)
			.timers()
			.list()
			.stream()
			.filter(job -> job.getJobDefinitionId() == null)
			.map(job -> job.getDuedate().toInstant())
			.toList();
	}

	Job modelTimer(String request) {
		return bean(ManagementService.class).createJobQuery()
			.processInstanceId(request)
			.timers()
			.list()
			.stream()
			.filter(job -> job.getJobDefinitionId() != null)
			.findFirst()
			.orElseThrow();
	}

	/** Runs the request's jobs that are due by the engine's clock, earliest first. */
	void runDueJobs(String request) {
		ManagementService jobs = bean(ManagementService.class);
		for (List<Job> due = dueJobs(request); !due.isEmpty(); due = dueJobs(request)) {
			jobs.executeJob(due.get(0).getId());
		}
	}

	private List<Job> dueJobs(String request) {
		return bean(ManagementService.class).createJobQuery()
			.processInstanceId(request)
			.executable()
			.orderByJobDuedate()
			.asc()
			.list();
	}

	JdbcTemplate jdbc() {
		return bean(JdbcTemplate.class);
	}

	<T> T bean(Class<T> type) {
		return app().getBean(type);
	}

	static void at(String bangkokTime) {
		ClockUtil.setCurrentTime(Date.from(bangkok(bangkokTime)));
	}

	static Instant bangkok(String localTime) {
		return LocalDateTime.parse(localTime).atZone(ThaiDates.BANGKOK).toInstant();
	}

}
