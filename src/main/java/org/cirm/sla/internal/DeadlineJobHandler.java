package org.cirm.sla.internal;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Runs a service-level timer: a clock's warning, its breach or its next delay notice. A
 * failure is retried like any job, then shows as an incident in Cockpit.
 */
class DeadlineJobHandler implements JobHandler<DeadlineJobHandler.Target> {

	static final String TYPE = "cirm-sla-deadline";

	private final Deadlines deadlines;

	DeadlineJobHandler(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public String getType() {
		return TYPE;
	}

	@Override
	public void execute(Target target, ExecutionEntity execution, CommandContext context, String tenantId) {
		this.deadlines.fire(target.clockId(), target.trigger(), execution);
	}

	@Override
	public Target newConfiguration(String canonical) {
		return Target.parse(canonical);
	}

	@Override
	public void onDelete(Target target, JobEntity job) {
	}

	/** Which clock, which of its timers: {@code <clock id>:<WARNING|BREACH|NOTICE>}. */
	record Target(String clockId, Deadlines.Trigger trigger) implements JobHandlerConfiguration {

		static Target parse(String canonical) {
			int colon = canonical.lastIndexOf(':');
			return new Target(canonical.substring(0, colon), Deadlines.Trigger.valueOf(canonical.substring(colon + 1)));
		}

		@Override
		public String toCanonicalString() {
			return this.clockId + ":" + this.trigger;
		}

	}

}
