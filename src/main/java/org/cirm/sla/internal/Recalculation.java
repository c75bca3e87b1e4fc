package org.cirm.sla.internal;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.cirm.sla.HolidayYear;
import org.cirm.sla.SlaCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * After the holiday data changed (a special holiday declared, a year announced), reads it
 * again and moves every running deadline: the clocks with their timers and task due
 * dates, and the models' own timers written in working time (recalculated from when they
 * were created).
 */
@Component
class Recalculation {

	private static final Logger log = LoggerFactory.getLogger(Recalculation.class);

	private final SlaCalendars calendars;

	private final ClockStore store;

	private final Deadlines deadlines;

	private final ProcessEngine engine;

	Recalculation(SlaCalendars calendars, ClockStore store, Deadlines deadlines, ProcessEngine engine) {
		this.calendars = calendars;
		this.store = store;
		this.deadlines = deadlines;
		this.engine = engine;
	}

	Result run() {
		List<HolidayYear> years = this.calendars.reload();
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		int clocks = configuration.getCommandExecutorTxRequired().execute(context -> {
			int moved = 0;
			for (Clock clock : this.store.running()) {
				ExecutionEntity processInstance = context.getExecutionManager()
					.findExecutionById(clock.processInstance());
				if (this.deadlines.recalculate(clock, processInstance)) {
					moved++;
				}
			}
			return moved;
		});
		int timers = recalculateModelTimers();
		log.info("Holiday data reloaded ({} years); {} deadlines and {} model timers moved", years.size(), clocks,
				timers);
		return new Result(years.stream().map(HolidayYear::year).toList(), clocks, timers);
	}

	/**
	 * Timers still to come that fire once: a working-time due date comes out differently
	 * with the new calendar; an ISO one comes out the same.
	 */
	private int recalculateModelTimers() {
		ManagementService management = this.engine.getManagementService();
		int moved = 0;
		for (Job job : management.createJobQuery().timers().duedateHigherThan(ClockUtil.getCurrentTime()).list()) {
			if (job instanceof TimerEntity timer && timer.getRepeat() == null
					&& !DeadlineJobHandler.TYPE.equals(timer.getJobHandlerType())) {
				Date before = job.getDuedate();
				management.recalculateJobDuedate(job.getId(), true);
				Job after = management.createJobQuery().jobId(job.getId()).singleResult();
				if (after != null && !before.equals(after.getDuedate())) {
					moved++;
				}
			}
		}
		return moved;
	}

	record Result(List<Integer> years, int deadlinesMoved, int modelTimersMoved) {
	}

}
