package org.cirm.servicerequest;

import java.util.Optional;

/**
 * Forecasts when running requests will be done. Made by insight from the history of past
 * requests; tracking, Citizen 360 and Open311 ask here, so that they need not know how.
 */
public interface CompletionForecasts {

	/** The forecast for a running request; empty once it has ended. */
	Optional<CompletionForecast> of(FiledRequest request);

}
