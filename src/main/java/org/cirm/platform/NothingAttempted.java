package org.cirm.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * A failure before anything was tried: the call never left this node (an agency's circuit
 * is open, say). A job that fails with it keeps its retries and runs again at
 * {@link #tryAgainAt()}; only attempts that reached the other side count toward an
 * incident. So an outage turns into waiting, not into a pile of incidents, and an
 * operator's retry that meets the open circuit is carried out once it closes.
 */
public interface NothingAttempted {

	/** When trying is worth it again. */
	Instant tryAgainAt();

	/** The failure itself or the first of its causes that attempted nothing, if any. */
	static Optional<NothingAttempted> in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof NothingAttempted notTried) {
				return Optional.of(notTried);
			}
		}
		return Optional.empty();
	}

}
