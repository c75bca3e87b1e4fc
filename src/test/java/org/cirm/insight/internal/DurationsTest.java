package org.cirm.insight.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

	private static final long DAY = WorkingDays.MINUTES;

	@Test
	void aVisitCountsInTheTenthOfADayItEndedWithin() {
		assertThat(Durations.tenths(0)).isZero();
		assertThat(Durations.tenths(1)).isEqualTo(1);
		assertThat(Durations.tenths(DAY / 10)).isEqualTo(1);
		assertThat(Durations.tenths(DAY / 10 + 1)).isEqualTo(2);
		assertThat(Durations.tenths(3 * DAY)).isEqualTo(30);
	}

	@Test
	void percentilesAreByNearestRank() {
		Durations durations = new Durations();
		// ten visits: 0.1, 0.2, ..., 1.0 working days
		for (int i = 1; i <= 10; i++) {
			durations.add(i * DAY / 10);
		}
		assertThat(durations.count()).isEqualTo(10);
		assertThat(durations.percentile(50)).isEqualByComparingTo("0.5");
		assertThat(durations.percentile(90)).isEqualByComparingTo("0.9");
		assertThat(durations.percentile(91)).isEqualByComparingTo("1.0");
		assertThat(durations.percentile(1)).isEqualByComparingTo("0.1");
	}

	@Test
	void aSingleVisitIsEveryPercentile() {
		Durations durations = new Durations();
		durations.add(7 * DAY + 1);
		assertThat(durations.percentile(50)).isEqualByComparingTo("7.1");
		assertThat(durations.percentile(90)).isEqualByComparingTo("7.1");
	}

	@Test
	void noVisitsHaveNoPercentile() {
		assertThat(new Durations().percentile(50)).isNull();
	}

	@Test
	void histogramsMergeAsTheirVisitsTogether() {
		Durations first = new Durations();
		Durations second = new Durations();
		Durations all = new Durations();
		long[] minutes = { 5, 48, 49, 480, 481, 2000, 10, 300, 7000, 96 };
		for (int i = 0; i < minutes.length; i++) {
			(i % 3 == 0 ? first : second).add(minutes[i]);
			all.add(minutes[i]);
		}
		Durations merged = Durations.parse(first.toString()).plus(Durations.parse(second.toString()));
		assertThat(merged.toString()).isEqualTo(all.toString());
		assertThat(merged.count()).isEqualTo(minutes.length);
		assertThat(merged.percentile(90)).isEqualByComparingTo(BigDecimal.valueOf(Durations.tenths(2000), 1));
	}

	@Test
	void theTextIsTenthsAndCounts() {
		Durations durations = new Durations();
		durations.add(48);
		durations.add(40);
		durations.add(480);
		assertThat(durations).hasToString("1:2 10:1");
		assertThat(Durations.parse("")).satisfies(empty -> assertThat(empty.count()).isZero());
	}

}
