package org.cirm.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SLA read model: every request's deadlines, breach records and delay notices. Feeds
 * tracking, Citizen 360, the supervisors' list and insight.
 */
public interface ServiceLevels {

	/** The request's deadlines: the service's first, then its steps as they started. */
	List<Deadline> of(String processInstanceId);

	/** The request's own deadline (the service's time limit), if the service has one. */
	Optional<Deadline> serviceOf(String processInstanceId);

	/** Running deadlines past their warning, most urgent first. */
	List<Deadline> atRiskOrOverdue(int limit);

	List<Breach> breaches(Instant from, Instant to);

	/** Delay notices issued in the period: the OPDC report. */
	List<DelayNotice> delayNotices(Instant from, Instant to);

	List<DelayNotice> delayNoticesOf(String processInstanceId);

}
