package org.cirm.servicerequest;

import java.time.Duration;
import java.util.Optional;

/**
 * One-time tracking links: the owner's way to a request whose code is locked after failed
 * guesses. A link goes only to the phone or e-mail on file, is valid for
 * {@link #VALID_FOR} and works once, whatever the lock; a guesser, who does not hold the
 * owner's phone, gains nothing from it.
 */
public interface TrackingLinks {

	Duration VALID_FOR = Duration.ofHours(24);

	/** How many links one request may be sent within {@link #VALID_FOR}. */
	int MOST_PER_DAY = 3;

	/**
	 * Sends a new link for the request with this code to its applicant, unless the code
	 * is unknown, the applicant has no contact on file, or {@link #MOST_PER_DAY} were
	 * sent already. The caller learns none of this: every case looks the same from
	 * outside.
	 */
	void send(TrackingCode code);

	/** The request the link opens, if it is valid and unused; it cannot open it again. */
	Optional<FiledRequest> redeem(String token);

}
