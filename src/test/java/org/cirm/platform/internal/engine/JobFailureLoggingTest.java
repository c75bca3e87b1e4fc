package org.cirm.platform.internal.engine;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.cirm.platform.OutsideFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job that an agency failed is logged in one WARN line, whatever wraps the agency's
 * failure; any other failure keeps the engine's WARN with its stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class JobFailureLoggingTest {

	@BeforeAll
	static void plugIn() {
		new RetriesKeptWhenNothingAttempted().preInit(new StandaloneInMemProcessEngineConfiguration());
	}

	@Test
	void anOutsideFailureIsOneLineWithoutAStackTrace(CapturedOutput output) {
		ExecuteJobHelper.LOGGING_HANDLER.exceptionWhileExecutingJob("job-7",
				new IllegalStateException("delegate failed", new AgencyDown("The registry answered 503\n  twice")));

		assertThat(output.getOut()).contains("Job job-7 failed outside the platform")
			.contains("The registry answered 503 twice")
			.doesNotContain("\tat ")
			.doesNotContain("IllegalStateException");
		assertThat(output.getOut().lines().filter(line -> line.contains("job-7"))).hasSize(1);
	}

	@Test
	void anyOtherFailureKeepsItsStackTrace(CapturedOutput output) {
		ExecuteJobHelper.LOGGING_HANDLER.exceptionWhileExecutingJob("job-8",
				new IllegalStateException("a bug in a delegate"));

		assertThat(output.getAll()).contains("job-8").contains("a bug in a delegate").contains("\tat ");
	}

	private static final class AgencyDown extends RuntimeException implements OutsideFailure {

		AgencyDown(String message) {
			super(message);
		}

	}

}
