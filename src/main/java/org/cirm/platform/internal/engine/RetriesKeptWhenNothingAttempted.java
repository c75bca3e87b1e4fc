package org.cirm.platform.internal.engine;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper.ExceptionLoggingHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.cirm.platform.NothingAttempted;
import org.cirm.platform.OutsideFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A job that failed with {@link NothingAttempted} anywhere in its causes keeps its
 * retries and waits until the moment it names, instead of spending one of its tries (or
 * an operator's retry) on a call that never went out. Every other failure takes the
 * engine's retry cycle ({@code failedJobRetryTimeCycle} or the model's own). Such a job
 * is logged once at DEBUG, here, not with the job executor's WARN and stack trace; a job
 * that a system outside the platform failed ({@link OutsideFailure}) in one WARN line.
 */
@Component
class RetriesKeptWhenNothingAttempted extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(RetriesKeptWhenNothingAttempted.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setFailedJobCommandFactory(RetryCmd::new);
		// The job executor's WARN with a stack trace, once for every job held back by an
		// open circuit, buried the failures that matter (the fault drill's logs).
		ExceptionLoggingHandler engines = ExecuteJobHelper.LOGGING_HANDLER;
		if (!(engines instanceof QuietWhenNothingAttempted)) {
			ExecuteJobHelper.LOGGING_HANDLER = new QuietWhenNothingAttempted(engines);
		}
	}

	private record QuietWhenNothingAttempted(ExceptionLoggingHandler engines) implements ExceptionLoggingHandler {

		@Override
		public void exceptionWhileExecutingJob(String jobId, Throwable failure) {
			if (NothingAttempted.in(failure).isPresent()) {
				// A held-back job is logged once, by the retry command.
				return;
			}
			Optional<Throwable> outside = OutsideFailure.in(failure);
			if (outside.isPresent()) {
				log.warn("Job {} failed outside the platform; retried, then an incident: {}", jobId,
						QuietFormRefusals.oneLine(outside.get().getMessage()));
				return;
			}
			this.engines.exceptionWhileExecutingJob(jobId, failure);
		}

	}

	static final class RetryCmd extends DefaultJobRetryCmd {

		RetryCmd(String jobId, Throwable failure) {
			super(jobId, failure);
		}

		@Override
		public Object execute(CommandContext commandContext) {
			super.execute(commandContext);
			JobEntity job = getJob();
			NothingAttempted.in(this.exception).filter(notTried -> job != null).ifPresent(notTried -> {
				// The lock holds the job back until then, as it does for the retry cycle.
				job.setLockExpirationTime(Date.from(notTried.tryAgainAt()));
				log.debug("Job {} waits until {} with its {} retries: {}", job.getId(), notTried.tryAgainAt(),
						job.getRetries(), this.exception.getMessage());
			});
			return null;
		}

		@Override
		protected boolean shouldDecrementRetriesFor(Throwable failure) {
			return NothingAttempted.in(failure).isEmpty() && super.shouldDecrementRetriesFor(failure);
		}

	}

}
