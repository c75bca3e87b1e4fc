package org.cirm.sla.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cirm.sla.Breach;
import org.cirm.sla.Deadline;
import org.cirm.sla.DelayNotice;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.SlaCalendars;

import org.springframework.stereotype.Component;

/** Reads the clocks, stating each as of now (the engine's clock). */
@Component
class ClockReadModel implements ServiceLevels {

	private final ClockStore store;

	private final SlaCalendars calendars;

	ClockReadModel(ClockStore store, SlaCalendars calendars) {
		this.store = store;
		this.calendars = calendars;
	}

	@Override
	public List<Deadline> of(String processInstanceId) {
		Instant now = Deadlines.now();
		return this.store.ofCase(processInstanceId)
			.stream()
			.sorted(Comparator.comparing((Clock clock) -> clock.kind() != Deadline.Kind.SERVICE)
				.thenComparing(Clock::startedAt))
			.map(clock -> deadline(clock, now))
			.toList();
	}

	@Override
	public Optional<Deadline> serviceOf(String processInstanceId) {
		return this.store.serviceOf(processInstanceId).map(clock -> deadline(clock, Deadlines.now()));
	}

	@Override
	public List<Deadline> atRiskOrOverdue(int limit) {
		Instant now = Deadlines.now();
		return this.store.atRiskOrOverdue(now, limit).stream().map(clock -> deadline(clock, now)).toList();
	}

	@Override
	public List<Breach> breaches(Instant from, Instant to) {
		return this.store.breaches(from, to);
	}

	@Override
	public List<DelayNotice> delayNotices(Instant from, Instant to) {
		return this.store.notices(from, to);
	}

	@Override
	public List<DelayNotice> delayNoticesOf(String processInstanceId) {
		return this.store.noticesOfCase(processInstanceId);
	}

	private Deadline deadline(Clock clock, Instant now) {
		return clock.deadline(now, this.calendars.of(clock.agencyCode()));
	}

}
