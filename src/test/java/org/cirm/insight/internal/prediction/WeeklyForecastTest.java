package org.cirm.insight.internal.prediction;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demand forecasts on series whose next weeks are known. */
class WeeklyForecastTest {

	private static int[] fiveDayWeeks(int weeks) {
		int[] days = new int[weeks];
		Arrays.fill(days, 5);
		return days;
	}

	@Test
	void aYearlyPatternRepeatsAndTheMethodThatSeesItIsChosen() {
		// Three years of the same yearly pattern: 100 a week, 300 in weeks 14 and 15.
		double[] counts = new double[3 * 52];
		for (int w = 0; w < counts.length; w++) {
			counts[w] = w % 52 == 14 || w % 52 == 15 ? 300 : 100;
		}
		WeeklyForecast.Result result = WeeklyForecast.forecast(Arrays.copyOf(counts, 2 * 52 + 10),
				fiveDayWeeks(2 * 52 + 10 + 8), 8);

		assertThat(result.method()).isIn(WeeklyForecast.Method.SEASONAL_NAIVE, WeeklyForecast.Method.HOLT_WINTERS);
		for (int h = 0; h < 8; h++) {
			assertThat(result.expected()[h]).isCloseTo(counts[2 * 52 + 10 + h], within(1.0));
		}
		assertThat(result.scores()).hasSize(3);
	}

	@Test
	void aWeekWithHolidaysGetsFewerRequestsPerItsWorkingDays() {
		// 20 requests a working day; weeks of 5 working days, the forecast week of 2
		// (Songkran).
		double[] counts = new double[30];
		Arrays.fill(counts, 100);
		int[] days = fiveDayWeeks(31);
		days[30] = 2;

		assertThat(WeeklyForecast.holidayAverage(counts, days, 1)[0]).isCloseTo(40, within(1e-9));
	}

	@Test
	void holtFollowsALinearTrend() {
		double[] counts = new double[40];
		for (int w = 0; w < counts.length; w++) {
			counts[w] = 50 + 2 * w;
		}
		double[] forecast = WeeklyForecast.holtWinters(counts, 3);

		assertThat(forecast[0]).isCloseTo(130, within(1.0));
		assertThat(forecast[2]).isCloseTo(134, within(1.5));
	}

	@Test
	void theIntervalHoldsTheBacktestsErrorsAndTooShortAHistoryGivesNothing() {
		double[] counts = new double[60];
		for (int w = 0; w < counts.length; w++) {
			counts[w] = 100 + (w % 2 == 0 ? 10 : -10);
		}
		WeeklyForecast.Result result = WeeklyForecast.forecast(counts, fiveDayWeeks(68), 8);
		for (int h = 0; h < 8; h++) {
			assertThat(result.low()[h]).isLessThanOrEqualTo(result.expected()[h]);
			assertThat(result.high()[h]).isGreaterThanOrEqualTo(result.expected()[h]);
		}
		assertThat(WeeklyForecast.forecast(Arrays.copyOf(counts, WeeklyForecast.FEWEST_WEEKS - 1), fiveDayWeeks(40), 8))
			.isNull();
	}

}
