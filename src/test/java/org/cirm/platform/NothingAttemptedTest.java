package org.cirm.platform;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure that attempted nothing is found wherever it sits in the causes, so that a
 * wrapped one keeps its job's retries as the bare one does.
 */
class NothingAttemptedTest {

	private static final Instant LATER = Instant.parse("2026-12-02T03:00:00Z");

	@Test
	void foundItselfOrAmongTheCauses() {
		RuntimeException notTried = new CircuitOpen();
		assertThat(NothingAttempted.in(notTried)).containsSame((NothingAttempted) notTried);
		assertThat(NothingAttempted.in(new IllegalStateException("step failed", new RuntimeException(notTried))))
			.hasValueSatisfying(found -> assertThat(found.tryAgainAt()).isEqualTo(LATER));
	}

	@Test
	void notFoundInAFailureThatTriedSomething() {
		assertThat(NothingAttempted.in(new IllegalStateException("502 from the agency", new RuntimeException())))
			.isEmpty();
		assertThat(NothingAttempted.in(null)).isEmpty();
	}

	private static final class CircuitOpen extends RuntimeException implements NothingAttempted {

		CircuitOpen() {
			super("circuit open");
		}

		@Override
		public Instant tryAgainAt() {
			return LATER;
		}

	}

}
