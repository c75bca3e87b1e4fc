package org.cirm.platform.internal.engine;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.cirm.platform.NothingAttempted;
import org.cirm.platform.OutsideFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A form the model refuses (a start or task form whose field a model's listener or the
 * form itself finds wrong), like a model a deployment refuses, is a person's input, not
 * the engine's failure: one INFO line, where the engine would log an ERROR with a stack
 * trace for every refused submission. The REST API and Tasklist still answer 400 with the
 * message. So is a message the request is not waiting for (an agency's callback that
 * comes too early or twice): its sender gets 409 and sends it again. A job held back
 * before it tried anything ({@link NothingAttempted}), wherever in the failure's causes,
 * is logged once at DEBUG by {@code RetriesKeptWhenNothingAttempted}.
 */
@Component
class QuietFormRefusals extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(QuietFormRefusals.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		CommandContextFactory factory = new CommandContextFactory() {

			@Override
			public CommandContext createCommandContext() {
				return new CommandContext(this.processEngineConfiguration) {

					@Override
					protected boolean shouldLogFine(Throwable failure) {
						if (failure instanceof FormFieldValidationException refused) {
							log.info("Refused a form: {}", refused.getMessage());
							return true;
						}
						if (failure instanceof MismatchingMessageCorrelationException refused) {
							// An agency's callback or a citizen's answer that its
							// request is not (or no longer) waiting for: the caller is
							// told so.
							log.info("Refused a message: {}", refused.getMessage());
							return true;
						}
						if (failure instanceof ParseException refused) {
							// A process owner's model that does not parse or fails the
							// model check: the answer lists every problem.
							log.info("Refused a deployment: {}", oneLine(refused.getMessage()));
							return true;
						}
						if (NothingAttempted.in(failure).isPresent() || OutsideFailure.in(failure).isPresent()) {
							// A step held back by an agency's open circuit keeps its
							// retries and runs again; one that an agency failed is
							// retried, then an incident. RetriesKeptWhenNothingAttempted
							// logs each job in one line.
							return true;
						}
						return super.shouldLogFine(failure);
					}

				};
			}

		};
		factory.setProcessEngineConfiguration(configuration);
		configuration.setCommandContextFactory(factory);
	}

	/** A message on one line, cut at 500 characters. */
	static String oneLine(String message) {
		String line = String.valueOf(message).replaceAll("\\s+", " ");
		return line.length() > 500 ? line.substring(0, 500) + "..." : line;
	}

}
