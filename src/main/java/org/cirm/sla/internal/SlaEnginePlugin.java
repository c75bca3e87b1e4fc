package org.cirm.sla.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.cirm.sla.SlaCalendars;

import org.springframework.stereotype.Component;

/**
 * Teaches the engine the Thai government calendar: working time in timers' and tasks' due
 * dates, every service's clocks from its model, and the timers that enforce them.
 */
@Component
class SlaEnginePlugin extends AbstractProcessEnginePlugin {

	private final SlaCalendars calendars;

	private final Deadlines deadlines;

	SlaEnginePlugin(SlaCalendars calendars, Deadlines deadlines) {
		this.calendars = calendars;
		this.deadlines = deadlines;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		MapBusinessCalendarManager businessCalendars = new MapBusinessCalendarManager();
		businessCalendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
		businessCalendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
				new WorkingTimeBusinessCalendar(this.calendars));
		businessCalendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
		configuration.setBusinessCalendarManager(businessCalendars);

		List<BpmnParseListener> parseListeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
				? List.of() : configuration.getCustomPostBPMNParseListeners());
		parseListeners.add(new DeadlineParseListener(this.deadlines));
		configuration.setCustomPostBPMNParseListeners(parseListeners);

		List<JobHandler> jobHandlers = new ArrayList<>(
				configuration.getCustomJobHandlers() == null ? List.of() : configuration.getCustomJobHandlers());
		jobHandlers.add(new DeadlineJobHandler(this.deadlines));
		configuration.setCustomJobHandlers(jobHandlers);
	}

}
