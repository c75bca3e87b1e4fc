package org.cirm.feedback;

import java.util.Map;
import java.util.Optional;

/**
 * What citizens said of a request: its rating and its steps', and how often its close was
 * disputed. By request id; never the comments.
 */
public interface Ratings {

	Optional<Rated> ratingOf(String requestId);

	int disputesOf(String requestId);

	/**
	 * @param rating 1 (very dissatisfied) to 5 (very satisfied)
	 * @param steps the steps the citizen rated, by the step's id in the model
	 */
	record Rated(int rating, Map<String, Integer> steps) {
	}

}
