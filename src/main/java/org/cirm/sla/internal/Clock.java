package org.cirm.sla.internal;

import java.time.Duration;
import java.time.Instant;

import org.cirm.sla.Deadline;
import org.cirm.sla.SlaState;
import org.cirm.sla.TimeLimit;
import org.cirm.sla.WorkingCalendar;

/**
 * One row of {@code sla_clock}: a request's service clock or one visit of a step.
 */
record Clock(String id, Deadline.Kind kind, String processInstance, String businessKey, String serviceCode, String step,
		String activityInstance, String stepName, String agencyCode, TimeLimit limit, Instant startedAt,
		Instant pausedSince, long pausedMinutes, Instant warnAt, Instant dueAt, Instant warnedAt, Instant breachedAt,
		Instant endedAt, String delayReason) {

	boolean running() {
		return this.endedAt == null;
	}

	boolean paused() {
		return this.pausedSince != null;
	}

	Clock withDeadlines(Instant warn, Instant due) {
		return new Clock(this.id, this.kind, this.processInstance, this.businessKey, this.serviceCode, this.step,
				this.activityInstance, this.stepName, this.agencyCode, this.limit, this.startedAt, this.pausedSince,
				this.pausedMinutes, warn, due, this.warnedAt, this.breachedAt, this.endedAt, this.delayReason);
	}

	Clock endedAt(Instant at) {
		return new Clock(this.id, this.kind, this.processInstance, this.businessKey, this.serviceCode, this.step,
				this.activityInstance, this.stepName, this.agencyCode, this.limit, this.startedAt, this.pausedSince,
				this.pausedMinutes, this.warnAt, this.dueAt, this.warnedAt, this.breachedAt, at, this.delayReason);
	}

	SlaState state(Instant now) {
		if (this.endedAt != null) {
			return this.breachedAt != null || this.endedAt.isAfter(this.dueAt) ? SlaState.BREACHED : SlaState.MET;
		}
		if (this.pausedSince != null) {
			return SlaState.PAUSED;
		}
		if (!now.isBefore(this.dueAt)) {
			return SlaState.BREACHED;
		}
		return now.isBefore(this.warnAt) ? SlaState.ON_TRACK : SlaState.AT_RISK;
	}

	/** Office time on the clock until {@code now} (or its end), pauses left out. */
	Duration workingTimeUsed(Instant now, WorkingCalendar calendar) {
		Instant until = this.endedAt != null ? this.endedAt : (this.pausedSince != null ? this.pausedSince : now);
		Duration used = calendar.workingTimeBetween(this.startedAt, until).minusMinutes(this.pausedMinutes);
		return used.isNegative() ? Duration.ZERO : used;
	}

	Deadline deadline(Instant now, WorkingCalendar calendar) {
		return new Deadline(this.kind, this.processInstance, this.businessKey, this.serviceCode, this.step,
				this.activityInstance, this.stepName, this.agencyCode, this.limit.toString(), this.startedAt,
				this.dueAt, this.endedAt, state(now), workingTimeUsed(now, calendar));
	}

}
