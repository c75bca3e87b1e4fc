package org.cirm.platform;

import java.util.Optional;

/**
 * A failure of a system outside the platform (an agency's that answered 5xx, timed out or
 * dropped the connection): nothing wrong here, and the step's retries, then an incident
 * for an operator, take care of it. Such a job is logged in one WARN line, not as the
 * engine's ERROR and WARN with a stack trace for every attempt; the incident keeps the
 * stack trace.
 */
public interface OutsideFailure {

	/**
	 * The failure itself or the first of its causes that is an outside failure, if any.
	 */
	static Optional<Throwable> in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OutsideFailure) {
				return Optional.of(cause);
			}
		}
		return Optional.empty();
	}

}
