package org.cirm.insight.internal.prediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long a running case will still take, learnt from complete cases: for each state,
 * the remaining time of the past cases that were in it, and the queue of cases in the
 * same state when they were. A prediction takes the past stays whose queue was closest to
 * the current one (at least {@value #FEWEST}, at least half of the state's), keeps those
 * that had already lasted as long as the case has now, and gives their median remaining
 * time and the 10th to 90th percentile: never a mean, since remaining times are heavy
 * tailed. A state seen fewer than {@value #FEWEST} times has no prediction.
 */
final class RemainingTime {

	static final int FEWEST = 20;

	/** A past stay: the queue when it began, how long it lasted, the case's time left. */
	private record Observation(int queue, double stay, double remaining) {
	}

	/**
	 * @param median days left for half of the cases like this one
	 * @param low days left for one in ten
	 * @param high days left for nine in ten
	 * @param basis how many past cases it rests on
	 */
	record Prediction(double median, double low, double high, int basis) {
	}

	private final Map<String, List<Observation>> byState;

	private RemainingTime(Map<String, List<Observation>> byState) {
		this.byState = byState;
	}

	/**
	 * Learns from these complete cases, measuring time with the span, the queue from the
	 * states of every case known.
	 */
	static RemainingTime learn(List<EventLog.Case> complete, Span span, CaseStates queues) {
		Map<String, List<Observation>> byState = new HashMap<>();
		for (EventLog.Case kase : complete) {
			for (CaseStates.Stay stay : CaseStates.stays(kase)) {
				byState.computeIfAbsent(stay.state(), state -> new ArrayList<>())
					.add(new Observation(queues.queue(stay.state(), stay.from()), span.days(stay.from(), stay.to()),
							span.days(stay.from(), kase.ended())));
			}
		}
		byState.values().forEach(observations -> observations.sort(Comparator.comparingInt(Observation::queue)));
		return new RemainingTime(byState);
	}

	/**
	 * The time left for a case in this state, which entered it {@code inState} days ago,
	 * with this many cases in the state now; empty when the state has too little history.
	 */
	Optional<Prediction> predict(String state, int queue, double inState) {
		List<Observation> all = this.byState.getOrDefault(state, List.of());
		if (all.size() < FEWEST) {
			return Optional.empty();
		}
		List<Observation> alike = nearest(all, queue, Math.max(FEWEST, all.size() / 2));
		double[] left = alike.stream()
			.filter(observation -> observation.stay() >= inState)
			.mapToDouble(observation -> observation.remaining() - inState)
			.sorted()
			.toArray();
		if (left.length < FEWEST) {
			left = alike.stream().mapToDouble(observation -> Math.max(0, observation.remaining() - inState)).toArray();
			Arrays.sort(left);
		}
		return Optional
			.of(new Prediction(Quantiles.of(left, 0.5), Quantiles.of(left, 0.1), Quantiles.of(left, 0.9), left.length));
	}

	/** The {@code count} observations whose queue is closest to this one. */
	private static List<Observation> nearest(List<Observation> sortedByQueue, int queue, int count) {
		int size = sortedByQueue.size();
		if (count >= size) {
			return sortedByQueue;
		}
		int right = 0;
		while (right < size && sortedByQueue.get(right).queue() < queue) {
			right++;
		}
		int left = right - 1;
		List<Observation> nearest = new ArrayList<>(count);
		while (nearest.size() < count) {
			boolean takeLeft = right >= size || (left >= 0
					&& queue - sortedByQueue.get(left).queue() <= sortedByQueue.get(right).queue() - queue);
			nearest.add(sortedByQueue.get(takeLeft ? left-- : right++));
		}
		return nearest;
	}

	/** How much history each state has, for those who ask why there is no prediction. */
	int basis(String state) {
		return this.byState.getOrDefault(state, List.of()).size();
	}

	/** Percentiles, linear between the two closest ranks. */
	static final class Quantiles {

		private Quantiles() {
		}

		static double of(double[] sorted, double fraction) {
			double rank = fraction * (sorted.length - 1);
			int below = (int) Math.floor(rank);
			int above = (int) Math.ceil(rank);
			return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
		}

	}

}
