package org.cirm.sla.internal;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.cirm.sla.SlaCalendars;
import org.cirm.sla.TimeLimit;

/**
 * The engine's due-date calendar, which also reads working time: a process owner writes
 * {@code 3 working days} (or {@code 4 working hours}, {@code 3 วันทำการ}) as a timer's
 * {@code timeDate} or a user task's {@code dueDate}, and the instant comes from the Thai
 * government calendar. ISO 8601 dates and durations work as before. When a timer is
 * recalculated from its creation date, working time counts from that date too.
 */
class WorkingTimeBusinessCalendar extends DueDateBusinessCalendar {

	private final SlaCalendars calendars;

	WorkingTimeBusinessCalendar(SlaCalendars calendars) {
		this.calendars = calendars;
	}

	@Override
	public Date resolveDuedate(String duedate, Task task) {
		return resolveDuedate(duedate, (Date) null);
	}

	@Override
	public Date resolveDuedate(String duedate, Date startDate) {
		Optional<TimeLimit> limit = workingTime(duedate);
		if (limit.isEmpty()) {
			return super.resolveDuedate(duedate, startDate);
		}
		Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
		return Date.from(limit.get().from(start.toInstant(), this.calendars.government()));
	}

	/** A limit with its unit written out; a bare number is not a due date. */
	private static Optional<TimeLimit> workingTime(String text) {
		return text != null && text.chars().anyMatch(Character::isLetter) ? TimeLimit.parse(text) : Optional.empty();
	}

}
