package org.cirm.platform.internal.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine as operators watch it: open incidents (steps that failed after their
 * retries), the job executor's backlog (jobs due now), and jobs out of retries. Counted
 * when scraped.
 */
@Component
class EngineMetrics implements MeterBinder {

	private final ManagementService management;

	private final RuntimeService runtime;

	EngineMetrics(@Lazy ManagementService management, @Lazy RuntimeService runtime) {
		this.management = management;
		this.runtime = runtime;
	}

	@Override
	public void bindTo(MeterRegistry meters) {
		Gauge.builder("cirm.engine.incidents.open", () -> this.runtime.createIncidentQuery().count())
			.description("Open incidents: steps that failed after their retries")
			.register(meters);
		Gauge.builder("cirm.engine.jobs.due", () -> this.management.createJobQuery().executable().count())
			.description("Jobs due now and not yet run: the job executor's backlog")
			.register(meters);
		Gauge.builder("cirm.engine.jobs.failed", () -> this.management.createJobQuery().noRetriesLeft().count())
			.description("Jobs out of retries")
			.register(meters);
	}

}
