package org.cirm.insight.internal.prediction;

import java.util.Random;

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
	void atEqualTimesAnEndComesBeforeACensoring() {
		// 2+, 2, 3: the case censored at 2 was still at risk when the other ended at 2,
		// so a third ends at 2 and the remaining two thirds go to 3.
		Survival times = Survival.of(new double[] { 2, 2, 3 }, new boolean[] { true, false, false });

		assertThat(times.longerThan(2)).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(times.longerThan(3)).isZero();
	}

	@Test
	void equalsTheProductLimitOnManyTimesWithTies() {
		Random random = new Random(17);
		int size = 2_000;
		double[] times = new double[size];
		boolean[] censored = new boolean[size];
		for (int i = 0; i < size; i++) {
			// Whole tenths, so that many ends and censorings fall on the same time.
			times[i] = random.nextInt(300) / 10.0;
			censored[i] = random.nextInt(3) == 0;
		}
		Survival estimate = Survival.of(times, censored);
		for (int step = 0; step < 600; step++) {
			// Between two tenths, never on one.
			double at = (step + 0.5) / 20;
			// S(t) = the product over the end times up to t of (1 - ends there / at
			// risk).
			double surviving = 1;
			for (int tenth = 0; tenth <= Math.floor(at * 10); tenth++) {
				double time = tenth / 10.0;
				int ends = 0;
				int atRisk = 0;
				for (int i = 0; i < size; i++) {
					atRisk += times[i] >= time ? 1 : 0;
					ends += times[i] == time && !censored[i] ? 1 : 0;
				}
				surviving *= atRisk == 0 ? 1 : 1 - (double) ends / atRisk;
			}
			assertThat(estimate.longerThan(at)).as("longer than " + at).isCloseTo(surviving, within(1e-9));
		}
	}

	@Test
	void whenTheLongestIsCensoredTheTailStaysUnknown() {
		Survival times = Survival.of(new double[] { 1, 5 }, new boolean[] { false, true });

		assertThat(times.longerThan(10)).as("half took longer than 5, how much longer is not known")
			.isCloseTo(0.5, within(1e-12));
		assertThat(times.quantile(0.9)).as("at least the longest seen").isEqualTo(5);
	}

}
