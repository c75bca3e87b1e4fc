package org.cirm.servicerequest;

import java.time.Duration;

/**
 * Too many failed look-ups within the window, by this client or for this code: refused
 * until the window has passed, whatever was given.
 */
public class TooManyAttemptsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyAttemptsException(Duration retryAfter) {
		super("Too many failed attempts");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
