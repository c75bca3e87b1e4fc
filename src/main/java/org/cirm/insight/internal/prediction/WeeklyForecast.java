package org.cirm.insight.internal.prediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Forecasts of a weekly count (requests received per week) some weeks ahead, by three
 * methods, and the rolling backtest that chooses between them for each series:
 * <ul>
 * <li>seasonal naive: the same week a year before (the last week, with less than a year
 * of history);</li>
 * <li>Holt-Winters, additive, a season of 52 weeks (Holt's linear trend, with less than
 * two years), its smoothing constants chosen by the least one-step squared error;</li>
 * <li>a holiday-aware average: the mean count per working day over the last eight weeks,
 * times the working days of the week forecast (Songkran and the other holidays from our
 * own calendar).</li>
 * </ul>
 * Each forecasts from several origins in the last weeks as if the later weeks were
 * unknown; the method with the least scaled error (MASE) is chosen, and its errors there
 * give the interval meant to hold eight in ten.
 */
final class WeeklyForecast {

	static final int SEASON = 52;

	/** How many origins the rolling backtest forecasts from. */
	static final int ORIGINS = 8;

	/** Fewer weeks than this give no forecast. */
	static final int FEWEST_WEEKS = 20;

	enum Method {

		SEASONAL_NAIVE, HOLT_WINTERS, HOLIDAY_AVERAGE

	}

	/** A method's errors in the rolling backtest. */
	record Score(Method method, double mape, double mase, int forecasts) {
	}

	/**
	 * @param method the method chosen
	 * @param expected the forecast per week ahead
	 * @param low the lower end of the 8-in-10 interval per week ahead
	 * @param high the upper end
	 * @param scores every method's backtest errors
	 */
	record Result(Method method, double[] expected, double[] low, double[] high, List<Score> scores) {
	}

	private WeeklyForecast() {
	}

	/**
	 * @param counts the weekly counts, oldest first, the last a complete week
	 * @param workingDays the working days of each week: the history's, then the
	 * {@code ahead} weeks forecast
	 * @return null with fewer than {@value #FEWEST_WEEKS} weeks
	 */
	static Result forecast(double[] counts, int[] workingDays, int ahead) {
		int n = counts.length;
		if (n < FEWEST_WEEKS) {
			return null;
		}
		double scale = naiveError(counts);
		List<Score> scores = new ArrayList<>();
		Method best = null;
		double bestMase = Double.MAX_VALUE;
		double[] bestErrors = null;
		for (Method method : Method.values()) {
			List<Double> errors = new ArrayList<>();
			double absolute = 0;
			double percent = 0;
			int positive = 0;
			for (int origin = n - ahead - ORIGINS + 1; origin <= n - ahead; origin++) {
				if (origin < FEWEST_WEEKS / 2) {
					continue;
				}
				double[] predicted = predict(method, Arrays.copyOf(counts, origin), workingDays, ahead);
				for (int h = 0; h < ahead; h++) {
					double actual = counts[origin + h];
					errors.add(actual - predicted[h]);
					absolute += Math.abs(actual - predicted[h]);
					if (actual > 0) {
						percent += Math.abs(actual - predicted[h]) / actual;
						positive++;
					}
				}
			}
			if (errors.isEmpty()) {
				continue;
			}
			double mase = absolute / errors.size() / scale;
			scores.add(new Score(method, positive == 0 ? Double.NaN : 100 * percent / positive, mase, errors.size()));
			if (best == null || mase < bestMase) {
				bestMase = mase;
				best = method;
				bestErrors = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			}
		}
		if (best == null) {
			return null;
		}
		double[] expected = predict(best, counts, workingDays, ahead);
		double below = RemainingTime.Quantiles.of(bestErrors, 0.1);
		double above = RemainingTime.Quantiles.of(bestErrors, 0.9);
		double[] low = new double[ahead];
		double[] high = new double[ahead];
		for (int h = 0; h < ahead; h++) {
			low[h] = Math.max(0, expected[h] + below);
			high[h] = Math.max(low[h], expected[h] + above);
		}
		return new Result(best, expected, low, high, scores);
	}

	/**
	 * The mean absolute error of the naive forecast within the history (a year back where
	 * there is a year, else a week back): the scale of MASE. A series the naive forecast
	 * fits exactly is scaled by a week back, a constant one by 1.
	 */
	private static double naiveError(double[] counts) {
		double yearly = counts.length > SEASON ? naiveError(counts, SEASON) : 0;
		if (yearly > 0) {
			return yearly;
		}
		double weekly = naiveError(counts, 1);
		return weekly > 0 ? weekly : 1;
	}

	private static double naiveError(double[] counts, int lag) {
		double sum = 0;
		for (int t = lag; t < counts.length; t++) {
			sum += Math.abs(counts[t] - counts[t - lag]);
		}
		return sum / (counts.length - lag);
	}

	/** A method's forecast from this history for the weeks after it. */
	static double[] predict(Method method, double[] history, int[] workingDays, int ahead) {
		return switch (method) {
			case SEASONAL_NAIVE -> seasonalNaive(history, ahead);
			case HOLT_WINTERS -> holtWinters(history, ahead);
			case HOLIDAY_AVERAGE -> holidayAverage(history, workingDays, ahead);
		};
	}

	static double[] seasonalNaive(double[] history, int ahead) {
		int n = history.length;
		double[] forecast = new double[ahead];
		for (int h = 0; h < ahead; h++) {
			forecast[h] = n >= SEASON ? history[n - SEASON + (h % SEASON)] : history[n - 1];
		}
		return forecast;
	}

	static double[] holidayAverage(double[] history, int[] workingDays, int ahead) {
		int n = history.length;
		int from = Math.max(0, n - 8);
		double count = 0;
		int days = 0;
		for (int t = from; t < n; t++) {
			count += history[t];
			days += workingDays[t];
		}
		double perDay = days == 0 ? 0 : count / days;
		double[] forecast = new double[ahead];
		for (int h = 0; h < ahead; h++) {
			forecast[h] = perDay * workingDays[n + h];
		}
		return forecast;
	}

	private static final double[] ALPHAS = { 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9 };

	private static final double[] BETAS = { 0, 0.01, 0.05, 0.1, 0.2 };

	private static final double[] GAMMAS = { 0.05, 0.1, 0.2, 0.4 };

	/**
	 * Holt-Winters (additive) with the smoothing constants that fit the history best one
	 * week ahead; Holt's linear trend when there are not two seasons to start from.
	 */
	static double[] holtWinters(double[] history, int ahead) {
		boolean seasonal = history.length >= 2 * SEASON;
		double[] best = null;
		double bestError = Double.MAX_VALUE;
		for (double alpha : ALPHAS) {
			for (double beta : BETAS) {
				for (double gamma : seasonal ? GAMMAS : new double[] { 0 }) {
					double[] error = new double[1];
					double[] forecast = smooth(history, ahead, alpha, beta, gamma, seasonal, error);
					if (error[0] < bestError) {
						bestError = error[0];
						best = forecast;
					}
				}
			}
		}
		for (int h = 0; h < ahead; h++) {
			best[h] = Math.max(0, best[h]);
		}
		return best;
	}

	private static double[] smooth(double[] y, int ahead, double alpha, double beta, double gamma, boolean seasonal,
			double[] squaredError) {
		int m = seasonal ? SEASON : 1;
		double level;
		double trend;
		double[] season = new double[m];
		int start;
		if (seasonal) {
			double first = mean(y, 0, SEASON);
			double second = mean(y, SEASON, 2 * SEASON);
			level = first;
			trend = (second - first) / SEASON;
			for (int i = 0; i < SEASON; i++) {
				season[i] = y[i] - first;
			}
			start = SEASON;
		}
		else {
			level = y[0];
			trend = 0;
			start = 1;
		}
		double sse = 0;
		for (int t = start; t < y.length; t++) {
			double s = seasonal ? season[t % m] : 0;
			double predicted = level + trend + s;
			sse += (y[t] - predicted) * (y[t] - predicted);
			double previous = level;
			level = alpha * (y[t] - s) + (1 - alpha) * (level + trend);
			trend = beta * (level - previous) + (1 - beta) * trend;
			if (seasonal) {
				season[t % m] = gamma * (y[t] - level) + (1 - gamma) * s;
			}
		}
		squaredError[0] = sse;
		double[] forecast = new double[ahead];
		for (int h = 0; h < ahead; h++) {
			forecast[h] = level + (h + 1) * trend + (seasonal ? season[(y.length + h) % m] : 0);
		}
		return forecast;
	}

	private static double mean(double[] values, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += values[i];
		}
		return sum / (to - from);
	}

}
