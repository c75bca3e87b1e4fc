package org.cirm.servicerequest.internal.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.cirm.agency.AgencyDirectory;
import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.NationalId;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.ApplicationForm;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.IntakeRejectedException;
import org.cirm.servicerequest.Receipt;
import org.cirm.servicerequest.Submission;
import org.cirm.sla.SlaCalendars;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes a realistic history by living it: the engine's clock moves hour by hour through
 * the period; applicants file requests through intake (portal, API, counters, hotline);
 * the simulated staff claim and complete each step with the answers its form asks for,
 * after a working time drawn around the step's limit (longer for the slow agency, the
 * slow officer and requests filed at the slow counter); agency systems' external tasks
 * are done, the sandbox agencies answer their hand-offs over HTTP, applicants send what
 * they are asked for, rate over the public API and now and then dispute a close; timers
 * and asynchronous steps run as the clock reaches them. Nothing is inserted behind the
 * processes' back. Runs only on the demo profile's sandbox, never against real agencies.
 */
@Component
class HistoryGenerator {

	private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);

	private static final String WORKER = "history-generator";

	private static final int PAGE = 500;

	private static final int ATTEMPTS = 8;

	/** How long the requests filed last may take to run their course after the period. */
	private static final int DRAIN_DAYS = 60;

	private final Intake intake;

	private final CitizenRegistry citizens;

	private final ServiceCatalog catalog;

	private final ServiceLevels serviceLevels;

	private final SlaCalendars calendars;

	private final AgencyDirectory directory;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final ExternalTaskService externalTasks;

	private final HistoryService history;

	private final FormService forms;

	private final ObjectMapper json;

	private final Environment environment;

	HistoryGenerator(Intake intake, CitizenRegistry citizens, ServiceCatalog catalog, ServiceLevels serviceLevels,
			SlaCalendars calendars, AgencyDirectory directory, RuntimeService runtime, TaskService tasks,
			ManagementService management, ExternalTaskService externalTasks, HistoryService history, FormService forms,
			ObjectMapper json, Environment environment) {
		this.intake = intake;
		this.citizens = citizens;
		this.catalog = catalog;
		this.serviceLevels = serviceLevels;
		this.calendars = calendars;
		this.directory = directory;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.externalTasks = externalTasks;
		this.history = history;
		this.forms = forms;
		this.json = json;
		this.environment = environment;
	}

	/** What a run made. */
	record Made(int filed, int refused, int rated, int disputed) {
	}

	/**
	 * Lives through the period; tells {@code progress} each simulated day (0 to 1).
	 */
	Made generate(SimulationSettings settings, Consumer<Progress> progress) {
		Run run = new Run(settings, new Random(settings.seed()), applicants());
		run.acting = new Applicants(run, this.runtime, this.serviceLevels, ratingApi());
		ZonedDateTime hour = settings.from().atStartOfDay(ThaiDates.BANGKOK);
		ZonedDateTime end = hour.plusDays(settings.days());
		Demand demand = new Demand(this.calendars.government(), settings);
		try {
			for (; hour.isBefore(end); hour = hour.plusHours(1)) {
				int arrivals = demand.arrivals(hour, run.random);
				for (int i = 0; i < arrivals; i++) {
					moveClockTo(hour.plusMinutes(60L * i / arrivals).toInstant());
					file(run, demand.channel(hour, run.random));
				}
				if (arrivals > 0 || somethingDue(run, hour.plusHours(1).toInstant())) {
					settle(run, hour.plusHours(1).toInstant());
				}
				if (hour.getHour() == 23) {
					progress.accept(new Progress(hour.toLocalDate(), run.filed,
							(double) (ChronoUnit.DAYS.between(settings.from(), hour.toLocalDate()) + 1)
									/ settings.days()));
				}
			}
			// Let what was filed last run its course, with nobody filing any more.
			for (int day = 0; day < DRAIN_DAYS && running(settings) > 0; day++) {
				for (int h = 0; h < 24; h++, hour = hour.plusHours(1)) {
					if (somethingDue(run, hour.plusHours(1).toInstant())) {
						settle(run, hour.plusHours(1).toInstant());
					}
				}
			}
		}
		finally {
			ClockUtil.reset();
		}
		return new Made(run.filed, run.refused, run.rated, run.disputed);
	}

	/** Where a run stands, for a progress bar. */
	record Progress(LocalDate day, int filed, double done) {
	}

	private void file(Run run, Channel channel) {
		List<CitizensManual> services = this.catalog.services()
			.stream()
			.filter(manual -> manual.channels().contains(channel.asModelChannel()))
			.toList();
		if (services.isEmpty()) {
			return;
		}
		CitizensManual service = services.get(run.random.nextInt(services.size()));
		Applicant applicant = run.applicants.get(run.random.nextInt(run.applicants.size()));
		ApplicationForm form = this.intake.formOf(service.code(), channel).orElseThrow();
		Map<String, Object> fields = FormFiller.start(form, run.random);
		Submission.Officer officer = channel == Channel.COUNTER || channel == Channel.HOTLINE
				? Staff.frontline(channel, run.random) : null;
		Submission submission = officer == null
				? new Submission(service.code(), channel, applicant.stated(), fields, null)
				: Submission.forIdentified(service.code(), channel, applicant.ref(), fields, null, officer);
		try {
			Receipt receipt = this.intake.submit(submission);
			run.filed++;
			this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(receipt.trackingCode().formatted())
				.list()
				.forEach(process -> run.requests.put(process.getId(),
						new Filed(receipt, applicant, officer == null ? null : officer.agencyCode())));
		}
		catch (IntakeRejectedException refused) {
			run.refused++;
			log.debug("Simulated request refused: {}", refused.getMessage());
		}
	}

	/** The run's requests still running. */
	private long running(SimulationSettings settings) {
		return this.history.createHistoricProcessInstanceQuery()
			.unfinished()
			.startedAfter(Date.from(settings.from().atStartOfDay(ThaiDates.BANGKOK).toInstant()))
			.startedBefore(
					Date.from(settings.from().plusDays(settings.days()).atStartOfDay(ThaiDates.BANGKOK).toInstant()))
			.count();
	}

	/**
	 * Whether anything happens by {@code until}: a job falls due, a step is picked up or
	 * finished, an applicant answers, an agency system works; otherwise the hour passes
	 * with nothing to run.
	 */
	private boolean somethingDue(Run run, Instant until) {
		boolean stepOrAnswer = run.finishing.values().stream().anyMatch(at -> !at.isAfter(until))
				|| run.answering.values().stream().anyMatch(at -> !at.isAfter(until));
		return stepOrAnswer || this.management.createJobQuery().duedateLowerThan(Date.from(until)).count() > 0
				|| this.management.createJobQuery().executable().count() > 0
				|| this.tasks.createTaskQuery().taskUnassigned().active().count() > 0
				|| this.externalTasks.createExternalTaskQuery().notLocked().active().count() > 0;
	}

	/**
	 * Runs everything due by {@code until}: jobs, agency systems, officers, applicants.
	 */
	private void settle(Run run, Instant until) {
		moveClockTo(until);
		boolean moved = true;
		for (int round = 0; moved && round < 50; round++) {
			moved = runJobs() | doExternalTasks() | workTasks(run, until) | answerWaits(run, until);
			if (!moved) {
				moved = waitForAgencies(run);
			}
		}
	}

	private boolean runJobs() {
		List<Job> due = this.management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, PAGE);
		for (Job job : due) {
			try {
				this.management.executeJob(job.getId());
			}
			catch (RuntimeException failed) {
				log.debug("Simulated job {} failed: {}", job.getId(), failed.getMessage());
			}
		}
		return !due.isEmpty();
	}

	private boolean doExternalTasks() {
		List<String> topics = this.externalTasks.createExternalTaskQuery()
			.notLocked()
			.active()
			.list()
			.stream()
			.map(ExternalTask::getTopicName)
			.distinct()
			.toList();
		boolean done = false;
		for (String topic : topics) {
			for (LockedExternalTask task : this.externalTasks.fetchAndLock(PAGE, WORKER)
				.topic(topic, Duration.ofHours(1).toMillis())
				.execute()) {
				this.externalTasks.complete(task.getId(), WORKER);
				done = true;
			}
		}
		return done;
	}

	/** Officers pick up new steps and finish those whose working time has passed. */
	private boolean workTasks(Run run, Instant now) {
		boolean done = false;
		List<Task> open = this.tasks.createTaskQuery().active().orderByTaskCreateTime().asc().list();
		run.finishing.keySet().retainAll(open.stream().map(Task::getId).toList());
		for (Task task : open) {
			Instant finishAt = run.finishing.computeIfAbsent(task.getId(), id -> pickUp(run, task));
			if (!finishAt.isAfter(now)) {
				done |= complete(run, task);
			}
		}
		return done;
	}

	private Instant pickUp(Run run, Task task) {
		String group = this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.findFirst()
			.orElse("unassigned");
		String officer = task.getAssignee() != null ? task.getAssignee() : Staff.officerOf(group, run.random);
		if (task.getAssignee() == null) {
			this.tasks.claim(task.getId(), officer);
		}
		Filed filed = run.requests.get(task.getProcessInstanceId());
		double slowness = (officer.equals(run.settings.slowOfficer()) ? 2.6 : 1)
				* (group.equals("agency-" + run.settings.slowAgency()) ? 1.7 : 1)
				* (filed != null && run.settings.slowCounter().equals(filed.counter()) && filed.firstStep() ? 1.8 : 1);
		if (filed != null) {
			run.requests.put(task.getProcessInstanceId(), filed.stepTaken());
		}
		Instant created = task.getCreateTime().toInstant();
		Instant due = task.getDueDate() != null ? task.getDueDate().toInstant() : calendar().addWorkingDays(created, 2);
		double share = Math.exp(Math.log(0.3 * slowness) + 0.55 * run.random.nextGaussian());
		Duration available = calendar().workingTimeBetween(created, due);
		Duration working = Duration.ofMinutes(Math.max(5, (long) (available.toMinutes() * share)));
		return calendar().addWorkingHours(created, working);
	}

	/**
	 * Completes the step with the answers its form asks for; when the step's own checks
	 * refuse them, the officer thinks again (any option alike), a few times.
	 */
	private boolean complete(Run run, Task task) {
		JsonNode form = formOf(task);
		Map<String, Object> known = this.tasks.getVariables(task.getId());
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				this.tasks.complete(task.getId(),
						FormFiller.task(form, known, run.random, attempt == 0 ? FormFiller.USUAL : 0));
				run.finishing.remove(task.getId());
				return true;
			}
			catch (RuntimeException refused) {
				log.debug("Simulated step {} refused the answers: {}", task.getTaskDefinitionKey(),
						refused.getMessage());
			}
		}
		run.finishing.put(task.getId(), ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1)));
		return false;
	}

	private JsonNode formOf(Task task) {
		try (InputStream form = this.forms.getDeployedTaskForm(task.getId())) {
			return this.json.readTree(form);
		}
		catch (IOException | RuntimeException noForm) {
			return this.json.createObjectNode();
		}
	}

	/**
	 * Applicants answer what their requests wait for: what the agency asked for, a
	 * rating, now and then a dispute; agencies' answers come from the sandbox.
	 */
	private boolean answerWaits(Run run, Instant now) {
		boolean done = false;
		for (EventSubscription wait : this.runtime.createEventSubscriptionQuery().eventType("message").list()) {
			if (isAgencyAnswer(wait.getEventName())) {
				continue;
			}
			if (run.answered.contains(wait.getId())) {
				continue;
			}
			Instant at = run.answering.computeIfAbsent(wait.getId(),
					id -> wait.getCreated().toInstant().plus(Duration.ofHours(4 + run.random.nextInt(72))));
			if (!at.isAfter(now)) {
				run.answering.remove(wait.getId());
				run.answered.add(wait.getId());
				done |= run.acting.answer(wait);
			}
		}
		return done;
	}

	private boolean isAgencyAnswer(String message) {
		int dot = message.indexOf('.');
		return dot > 0 && this.directory.find(message.substring(0, dot)).isPresent();
	}

	private List<EventSubscription> agencyWaits() {
		return this.runtime.createEventSubscriptionQuery()
			.eventType("message")
			.list()
			.stream()
			.filter(wait -> isAgencyAnswer(wait.getEventName()))
			.toList();
	}

	/**
	 * Gives the sandbox agencies a moment (real time) to answer the hand-offs made since
	 * the last wait, over HTTP as they do on their own; false when none was made.
	 */
	private boolean waitForAgencies(Run run) {
		List<EventSubscription> waits = agencyWaits();
		if (waits.stream().allMatch(wait -> run.awaited.contains(wait.getId()))) {
			return false;
		}
		waits.forEach(wait -> run.awaited.add(wait.getId()));
		for (int i = 0; i < 40; i++) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return false;
			}
			if (agencyWaits().size() < waits.size()) {
				return true;
			}
		}
		return false;
	}

	private RestClient ratingApi() {
		return RestClient.builder()
			.requestFactory(new SimpleClientHttpRequestFactory())
			.baseUrl("http://localhost:" + this.environment.getProperty("local.server.port", "8080"))
			.defaultHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
			.build();
	}

	private WorkingCalendar calendar() {
		return this.calendars.government();
	}

	private static void moveClockTo(Instant at) {
		ClockUtil.setCurrentTime(Date.from(at));
	}

	/** The civil registry sandbox's people, registered as citizens. */
	private List<Applicant> applicants() {
		List<Applicant> applicants = new ArrayList<>();
		try (InputStream people = getClass().getResourceAsStream("/sandbox/dopa-persons.json")) {
			for (JsonNode person : this.json.readTree(people)) {
				if (person.path("alive").asBoolean()) {
					applicants.add(register(person, applicants.size()));
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return applicants;
	}

	private Applicant register(JsonNode person, int n) {
		Submission.Applicant stated = new Submission.Applicant(person.path("nationalId").asText(),
				person.path("firstNameTh").asText(), person.path("lastNameTh").asText(),
				LocalDate.parse(person.path("birthDate").asText()), "08100000" + (10 + n), null, "SMS", "th");
		CitizenRef ref = this.citizens.recognise(new Citizen(null, NationalId.parse(stated.nationalId()),
				new Citizen.Name(stated.firstNameTh(), stated.lastNameTh()), null, stated.birthDate(), null,
				new Citizen.Contact(stated.phone(), null, "SMS", "th")));
		return new Applicant(stated, ref);
	}

	record Applicant(Submission.Applicant stated, CitizenRef ref) {

		String lastFour() {
			return this.stated.nationalId().substring(9);
		}

	}

	/**
	 * A request the run filed: its receipt, who filed it, where, and whether a step was
	 * taken yet.
	 */
	record Filed(Receipt receipt, Applicant applicant, String counter, boolean firstStep) {

		Filed(Receipt receipt, Applicant applicant, String counter) {
			this(receipt, applicant, counter, true);
		}

		Filed stepTaken() {
			return new Filed(this.receipt, this.applicant, this.counter, false);
		}

	}

	/** The run's state. */
	static final class Run {

		final SimulationSettings settings;

		final Random random;

		final List<Applicant> applicants;

		final Map<String, Filed> requests = new HashMap<>();

		final Map<String, Instant> finishing = new HashMap<>();

		final Map<String, Instant> answering = new HashMap<>();

		final Set<String> answered = new HashSet<>();

		final Set<String> awaited = new HashSet<>();

		/** What the applicants do when their requests wait for them. */
		Applicants acting;

		int filed;

		int refused;

		int rated;

		int disputed;

		Run(SimulationSettings settings, Random random, List<Applicant> applicants) {
			this.settings = settings;
			this.random = random;
			this.applicants = applicants;
		}

	}

}
