package org.cirm.servicerequest;

import java.time.Instant;

/**
 * When a running request will likely be done, learnt from past requests in the same state
 * (not the legal deadline, which is shown beside it): half of the requests like it were
 * done by {@code likelyBy}, eight in ten between {@code earliest} and {@code latest}.
 *
 * @param status whether there is a forecast, and if not, why
 * @param basis how many past requests it rests on
 * @param breachRisk the chance that the request misses its legal deadline, 0 to 1; null
 * without a forecast or a deadline
 */
public record CompletionForecast(Status status, Instant likelyBy, Instant earliest, Instant latest, int basis,
		Double breachRisk) {

	public enum Status {

		/** The dates are given. */
		FORECAST,
		/** Too few past requests were in the request's state to say. */
		TOO_LITTLE_HISTORY,
		/**
		 * Forecasts for the service did worse than a simple rule of thumb lately, so none
		 * is shown.
		 */
		SWITCHED_OFF

	}

	public static CompletionForecast none(Status why) {
		return new CompletionForecast(why, null, null, null, 0, null);
	}

	public boolean given() {
		return this.status == Status.FORECAST;
	}

}
