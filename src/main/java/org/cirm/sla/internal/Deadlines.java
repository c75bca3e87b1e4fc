package org.cirm.sla.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.sla.Deadline;
import org.cirm.sla.DeadlineAlert;
import org.cirm.sla.DeadlineEnded;
import org.cirm.sla.DelayNotice;
import org.cirm.sla.SlaCalendars;
import org.cirm.sla.TimeLimit;
import org.cirm.sla.WorkingCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the service-level clocks of running requests and the engine timers that enforce
 * them. Every method runs inside an engine command (a listener, a job, or
 * {@link Recalculation}), so clock rows, timers and tasks change in one transaction.
 *
 * <p>
 * A clock's deadlines follow from its start, its limit and the office time it was paused,
 * with the calendar in force: the warning at 80% of the limit's office time, the due
 * instant at its end. A running clock has one timer at a time, a job of the process
 * instance that the job executor fires in due-date order on any node: the warning, which
 * sets the breach, which on a service clock sets a delay notice every 7 days until the
 * decision. Most steps end before their warning, so one timer is written and deleted per
 * step, not two.
 */
@Component
class Deadlines {

	static final int WARNING_PRIORITY = 75;

	static final int ESCALATED_PRIORITY = 100;

	private final ClockStore store;

	private final SlaCalendars calendars;

	private final SlaProperties properties;

	private final ApplicationEventPublisher events;

	Deadlines(ClockStore store, SlaCalendars calendars, SlaProperties properties, ApplicationEventPublisher events) {
		this.store = store;
		this.calendars = calendars;
		this.properties = properties;
		this.events = events;
	}

	static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** Starts the request's clock when its process starts. */
	void startService(ExecutionEntity processInstance, String serviceCode, TimeLimit limit, String agencyCode) {
		start(processInstance, Deadline.Kind.SERVICE, serviceCode, null, null, null, agencyCode, limit);
	}

	/** Starts a step's clock when the step is reached. */
	void startStep(ExecutionEntity execution, String serviceCode, String stepName, String agencyCode, TimeLimit limit) {
		start(execution.getProcessInstance(), Deadline.Kind.STEP, serviceCode, execution.getActivityId(),
				execution.getActivityInstanceId(), stepName, agencyCode, limit);
	}

	private void start(ExecutionEntity processInstance, Deadline.Kind kind, String serviceCode, String step,
			String activityInstance, String stepName, String agencyCode, TimeLimit limit) {
		Clock clock = computed(new Clock(UUID.randomUUID().toString(), kind, processInstance.getId(),
				processInstance.getBusinessKey(), serviceCode, step, activityInstance, stepName, agencyCode, limit,
				now(), null, 0, null, null, null, null, null, null));
		this.store.insert(clock);
		arm(clock, processInstance);
	}

	/** The due instant of a step's visit (a user task's due date). */
	Optional<Instant> dueOfVisit(String activityInstance) {
		return this.store.ofVisit(activityInstance).map(Clock::dueAt);
	}

	/** Stops a step's clock when the step ends. */
	void stopStep(String activityInstance) {
		this.store.ofVisit(activityInstance).filter(Clock::running).ifPresent(this::stop);
	}

	/** Stops the request's clock: the decision is made. */
	void stopService(String processInstance) {
		this.store.serviceOf(processInstance).filter(Clock::running).ifPresent(this::stop);
	}

	/** Stops every clock of a request that ends. */
	void stopAll(String processInstance) {
		this.store.ofCase(processInstance).stream().filter(Clock::running).forEach(this::stop);
	}

	private void stop(Clock clock) {
		Instant now = now();
		this.store.ended(clock.id(), now);
		cancel(clock, pending(clock));
		Clock ended = clock.endedAt(now);
		this.events.publishEvent(new DeadlineEnded(ended.deadline(now, calendarOf(ended))));
	}

	/** The request waits for the applicant: its clock stops. */
	void pause(String processInstance) {
		this.store.serviceOf(processInstance)
			.filter(Clock::running)
			.filter(clock -> !clock.paused())
			.ifPresent(clock -> {
				this.store.pause(clock.id(), now());
				cancel(clock, pending(clock));
			});
	}

	/**
	 * The applicant has answered: the clock runs again and its deadlines move by the
	 * office time it was stopped.
	 */
	void resume(ExecutionEntity processInstance) {
		this.store.serviceOf(processInstance.getId()).filter(Clock::paused).filter(Clock::running).ifPresent(clock -> {
			Duration stopped = calendarOf(clock).workingTimeBetween(clock.pausedSince(), now());
			long pausedMinutes = clock.pausedMinutes() + stopped.toMinutes();
			this.store.resume(clock.id(), pausedMinutes);
			Clock resumed = computed(this.store.find(clock.id()).orElseThrow());
			this.store.deadlines(resumed);
			schedule(resumed, processInstance);
			if (resumed.breachedAt() != null) {
				timer(resumed, Trigger.NOTICE, now().plus(this.properties.delayNoticeInterval()), processInstance);
			}
		});
	}

	/**
	 * Derives the clock's deadlines again with the calendar in force, moving its timers
	 * and its task's due date; {@code true} when they changed.
	 */
	boolean recalculate(Clock clock, ExecutionEntity processInstance) {
		Clock recalculated = computed(clock);
		if (recalculated.dueAt().equals(clock.dueAt()) && recalculated.warnAt().equals(clock.warnAt())) {
			return false;
		}
		this.store.deadlines(recalculated);
		if (!recalculated.paused()) {
			schedule(recalculated, processInstance);
		}
		if (recalculated.activityInstance() != null) {
			tasksOf(recalculated).forEach(task -> {
				task.setDueDate(Date.from(recalculated.dueAt()));
				taskService().saveTask(task);
			});
		}
		return true;
	}

	/** A timer of a clock came due. */
	void fire(String clockId, Trigger trigger, ExecutionEntity processInstance) {
		Clock clock = this.store.find(clockId).orElse(null);
		if (clock == null || !clock.running() || clock.paused()) {
			return;
		}
		// A clock started before one timer at a time may hold both; each fires once.
		if (trigger == Trigger.WARNING && clock.warnedAt() != null
				|| trigger == Trigger.BREACH && clock.breachedAt() != null) {
			return;
		}
		Instant now = now();
		switch (trigger) {
			case WARNING -> {
				this.store.warned(clock.id(), now);
				timer(clock, Trigger.BREACH, clock.dueAt(), processInstance);
				String group = raise(clock, false);
				alert(DeadlineAlert.Type.WARNING, clock, group);
			}
			case BREACH -> {
				this.store.breached(clock, now);
				String group = raise(clock, true);
				alert(DeadlineAlert.Type.BREACH, clock, group);
				if (clock.kind() == Deadline.Kind.SERVICE) {
					notice(clock, processInstance);
				}
			}
			case NOTICE -> notice(clock, processInstance);
		}
	}

	/**
	 * Raises a late step's task in Tasklist: up the list when near its deadline, and
	 * offered to the supervisors too once past it. Returns the group holding the step.
	 */
	private String raise(Clock clock, boolean escalate) {
		String holder = null;
		for (Task task : tasksOf(clock)) {
			holder = taskService().getIdentityLinksForTask(task.getId())
				.stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map(IdentityLink::getGroupId)
				.findFirst()
				.orElse(holder);
			task.setPriority(escalate ? ESCALATED_PRIORITY : WARNING_PRIORITY);
			taskService().saveTask(task);
			if (escalate) {
				taskService().addCandidateGroup(task.getId(), this.properties.escalationGroup());
			}
		}
		return holder;
	}

	private void alert(DeadlineAlert.Type type, Clock clock, String group) {
		this.events.publishEvent(new DeadlineAlert(type, clock.kind(), clock.processInstance(), clock.businessKey(),
				clock.serviceCode(), clock.step(), clock.agencyCode(), group, clock.dueAt()));
	}

	private void notice(Clock clock, ExecutionEntity processInstance) {
		Instant now = now();
		DelayNotice notice = new DelayNotice(clock.processInstance(), clock.businessKey(), clock.serviceCode(),
				this.store.noticesOf(clock.id()) + 1, clock.dueAt(), now, reasonOf(clock));
		this.store.notice(clock.id(), notice);
		this.events.publishEvent(notice);
		timer(clock, Trigger.NOTICE, now.plus(this.properties.delayNoticeInterval()), processInstance);
	}

	/**
	 * The reason a supervisor recorded, or else where the request stands: the steps still
	 * open and the agencies holding them.
	 */
	private Bilingual reasonOf(Clock service) {
		if (service.delayReason() != null) {
			return Bilingual.parse(service.delayReason());
		}
		List<Clock> open = this.store.ofCase(service.processInstance())
			.stream()
			.filter(clock -> clock.kind() == Deadline.Kind.STEP && clock.running())
			.toList();
		if (open.isEmpty()) {
			return Texts.of("sla.delay.considered");
		}
		List<String> th = new ArrayList<>();
		List<String> en = new ArrayList<>();
		for (Clock step : open) {
			Bilingual name = Bilingual.parse(step.stepName());
			String agency = step.agencyCode() == null ? "" : " (" + step.agencyCode() + ")";
			th.add(name.th() + agency);
			en.add(name.en() + agency);
		}
		return Texts.of("sla.delay.at-steps", new Bilingual(String.join(", ", th), String.join(", ", en)));
	}

	Clock computed(Clock clock) {
		WorkingCalendar calendar = calendarOf(clock);
		Instant due = clock.limit().from(clock.startedAt(), calendar);
		Duration limit = calendar.workingTimeBetween(clock.startedAt(), due);
		Instant warn = calendar.addWorkingHours(clock.startedAt(),
				Duration.ofSeconds((long) (limit.toSeconds() * this.properties.warningAt())));
		if (clock.pausedMinutes() > 0) {
			Duration paused = Duration.ofMinutes(clock.pausedMinutes());
			due = calendar.addWorkingHours(due, paused);
			warn = calendar.addWorkingHours(warn, paused);
		}
		return clock.withDeadlines(warn, due);
	}

	WorkingCalendar calendarOf(Clock clock) {
		return this.calendars.of(clock.agencyCode());
	}

	/** Moves the clock's pending warning or breach to its deadlines as they are now. */
	private void schedule(Clock clock, ExecutionEntity processInstance) {
		cancel(clock, Trigger.WARNING, Trigger.BREACH);
		if (clock.running() && !clock.paused()) {
			arm(clock, processInstance);
		}
	}

	/** Sets the clock's next timer: its warning, or its breach once warned. */
	private static void arm(Clock clock, ExecutionEntity processInstance) {
		if (clock.warnedAt() == null) {
			timer(clock, Trigger.WARNING, clock.warnAt(), processInstance);
		}
		else if (clock.breachedAt() == null) {
			timer(clock, Trigger.BREACH, clock.dueAt(), processInstance);
		}
	}

	/** The one timer a running clock has pending. */
	private static Trigger pending(Clock clock) {
		if (clock.warnedAt() == null) {
			return Trigger.WARNING;
		}
		return clock.breachedAt() == null ? Trigger.BREACH : Trigger.NOTICE;
	}

	private static void timer(Clock clock, Trigger trigger, Instant at, ExecutionEntity processInstance) {
		TimerEntity timer = new TimerEntity();
		timer.setJobHandlerType(DeadlineJobHandler.TYPE);
		timer.setJobHandlerConfigurationRaw(new DeadlineJobHandler.Target(clock.id(), trigger).toCanonicalString());
		timer.setDuedate(Date.from(at));
		if (processInstance != null) {
			timer.setExecution(processInstance);
			timer.setProcessDefinitionId(processInstance.getProcessDefinitionId());
			timer.setProcessDefinitionKey(processInstance.getProcessDefinition().getKey());
			timer.setDeploymentId(processInstance.getProcessDefinition().getDeploymentId());
			timer.setTenantId(processInstance.getTenantId());
		}
		Context.getCommandContext().getJobManager().schedule(timer);
	}

	/**
	 * Deletes the clock's pending timers, those already in the database and those created
	 * in this very transaction.
	 */
	private static void cancel(Clock clock, Trigger... triggers) {
		CommandContext context = Context.getCommandContext();
		for (Trigger trigger : triggers) {
			String configuration = new DeadlineJobHandler.Target(clock.id(), trigger).toCanonicalString();
			List<JobEntity> pending = new ArrayList<>(
					context.getJobManager().findJobsByConfiguration(DeadlineJobHandler.TYPE, configuration, null));
			context.getDbEntityManager()
				.getCachedEntitiesByType(TimerEntity.class)
				.stream()
				.filter(timer -> DeadlineJobHandler.TYPE.equals(timer.getJobHandlerType())
						&& configuration.equals(timer.getJobHandlerConfigurationRaw()) && !pending.contains(timer))
				.forEach(pending::add);
			pending.stream().distinct().forEach(JobEntity::delete);
		}
	}

	private List<Task> tasksOf(Clock clock) {
		if (clock.activityInstance() == null) {
			return List.of();
		}
		return Context.getCommandContext()
			.runWithoutAuthorization(
					() -> taskService().createTaskQuery().activityInstanceIdIn(clock.activityInstance()).list());
	}

	private static TaskService taskService() {
		return Context.getProcessEngineConfiguration().getTaskService();
	}

	enum Trigger {

		WARNING, BREACH, NOTICE

	}

}
