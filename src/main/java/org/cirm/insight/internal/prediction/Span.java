package org.cirm.insight.internal.prediction;

import java.time.Duration;
import java.time.Instant;

import org.cirm.insight.internal.WorkingDays;
import org.cirm.sla.WorkingCalendar;

/**
 * Time between two moments, in days of some kind; nothing when the second is not later.
 */
@FunctionalInterface
public interface Span {

	double days(Instant from, Instant to);

	/** Calendar days: for a log from elsewhere, whose working days we do not know. */
	static Span calendarDays() {
		return (from, to) -> Math.max(0, Duration.between(from, to).toMinutes()) / 1440.0;
	}

	/** Working days of office time on the calendar: for our own requests. */
	static Span workingDays(WorkingCalendar calendar) {
		return (from, to) -> to.isAfter(from) ? WorkingDays.of(calendar.workingTimeBetween(from, to).toMinutes()) : 0;
	}

}
