package org.cirm.servicerequest;

import java.time.Duration;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;

/**
 * Too many failed look-ups within {@link #WINDOW}, by this client or for this code:
 * refused until the window has passed, whatever was given.
 */
public class TooManyAttemptsException extends RuntimeException {

	/** How far back failures count, and so how long a block lasts at most. */
	public static final Duration WINDOW = Duration.ofMinutes(15);

	/** What the citizen is told. */
	public static final Bilingual MESSAGE = Texts.of("tracking.too-many", WINDOW.toMinutes());

	public TooManyAttemptsException() {
		super(MESSAGE.en());
	}

	/** For a Retry-After header. */
	public static String retryAfterSeconds() {
		return Long.toString(WINDOW.toSeconds());
	}

}
