package org.cirm.insight.internal.prediction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Kaplan-Meier estimate on counts small enough to work out by hand. */
class SurvivalTest {

	@Test
	void withoutCensoredTimesItIsTheEmpiricalDistribution() {
		Survival times = Survival.of(new double[] { 4, 1, 3, 2 }, new boolean[4]);

		assertThat(times.quantile(0.2)).isEqualTo(1);
		assertThat(times.quantile(0.25)).as("exactly between 1 and 2").isEqualTo(1.5);
		assertThat(times.quantile(0.5)).as("exactly between 2 and 3").isEqualTo(2.5);
		assertThat(times.quantile(0.9)).isEqualTo(4);
		assertThat(times.longerThan(2)).isCloseTo(0.5, within(1e-12));
		assertThat(times.longerThan(4)).isZero();
	}

	@Test
	void aCensoredTimeGivesItsShareToTheLongerTimes() {
		// 1, 2+, 3, 4: at 1 a quarter ends; the case censored at 2 leaves the remaining
		// three quarters to 3 and 4, three eighths each (Kaplan-Meier).
		Survival times = Survival.of(new double[] { 1, 2, 3, 4 }, new boolean[] { false, true, false, false });

		assertThat(times.longerThan(1)).isCloseTo(0.75, within(1e-12));
		assertThat(times.longerThan(3)).isCloseTo(0.375, within(1e-12));
		assertThat(times.quantile(0.5)).isEqualTo(3);
		assertThat(times.size()).isEqualTo(4);
	}

	@Test
	void whenTheLongestIsCensoredTheTailStaysUnknown() {
		Survival times = Survival.of(new double[] { 1, 5 }, new boolean[] { false, true });

		assertThat(times.longerThan(10)).as("half took longer than 5, how much longer is not known")
			.isCloseTo(0.5, within(1e-12));
		assertThat(times.quantile(0.9)).as("at least the longest seen").isEqualTo(5);
	}

}
