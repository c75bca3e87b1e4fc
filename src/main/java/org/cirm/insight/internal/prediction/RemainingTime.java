package org.cirm.insight.internal.prediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How long a running case will still take, learnt from complete cases: for each state,
 * the remaining time of the past cases that were in it, and the queue of cases in the
 * same state when they were. A prediction takes the past stays of the state (where the
 * queue was seen to matter, only those whose queue was closest to the current one: at
 * least {@value #FEWEST}, at least half), keeps those that had already lasted as long as
 * the case has now, and gives their median remaining time and an interval meant to hold
 * eight in ten: never a mean, since remaining times are heavy tailed. A state seen fewer
 * than {@value #FEWEST} times has no prediction.
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

	/** The tails of the interval tried: 10% each side is 80% on the learnt cases. */
	private static final double[] TAILS = { 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15,
			0.16, 0.17, 0.18, 0.19, 0.20 };

	private final Map<String, List<Observation>> byState;

	/**
	 * The states where cases in a like queue told the time left better than all cases.
	 */
	private final Set<String> queueMatters;

	/** The share of remaining times left out below the interval, and above it. */
	private final double tail;

	private RemainingTime(Map<String, List<Observation>> byState, Set<String> queueMatters, double tail) {
		this.byState = byState;
		this.queueMatters = queueMatters;
		this.tail = tail;
	}

	/**
	 * Learns from these complete cases, measuring time with the span, the queue from the
	 * states of every case known. Whether the queue matters in a state, and how wide the
	 * interval must be to hold eight in ten, are chosen on the latest fifth of the cases
	 * (by when they ended), learning from the rest, as the backtest would.
	 */
	static RemainingTime learn(List<EventLog.Case> complete, Span span, CaseStates queues) {
		List<EventLog.Case> byEnd = complete.stream().sorted(Comparator.comparing(EventLog.Case::ended)).toList();
		int cut = byEnd.size() * 4 / 5;
		RemainingTime earlier = new RemainingTime(observe(byEnd.subList(0, cut), span, queues), Set.of(), 0.1);
		Map<String, double[]> errors = new HashMap<>();
		// Per held-out stay: its state, and the times left either way with the actual
		// last.
		List<String> states = new ArrayList<>();
		List<double[]> withoutQueue = new ArrayList<>();
		List<double[]> withQueue = new ArrayList<>();
		for (EventLog.Case kase : byEnd.subList(cut, byEnd.size())) {
			for (CaseStates.Stay stay : CaseStates.stays(kase)) {
				int queue = queues.queue(stay.state(), stay.from());
				double actual = span.days(stay.from(), kase.ended());
				double[] all = earlier.left(stay.state(), queue, 0, false);
				double[] alike = earlier.left(stay.state(), queue, 0, true);
				if (all != null) {
					double[] error = errors.computeIfAbsent(stay.state(), state -> new double[3]);
					error[0] += Math.abs(Quantiles.of(all, 0.5) - actual);
					error[1] += Math.abs(Quantiles.of(alike, 0.5) - actual);
					error[2]++;
					states.add(stay.state());
					withoutQueue.add(append(all, actual));
					withQueue.add(append(alike, actual));
				}
			}
		}
		Set<String> queueMatters = new HashSet<>();
		// The queue must earn its place: a tenth less error, on enough held-out stays.
		errors.forEach((state, error) -> {
			if (error[2] >= FEWEST && error[1] < 0.9 * error[0]) {
				queueMatters.add(state);
			}
		});
		List<double[]> chosen = new ArrayList<>();
		for (int i = 0; i < states.size(); i++) {
			chosen.add((queueMatters.contains(states.get(i)) ? withQueue : withoutQueue).get(i));
		}
		return new RemainingTime(observe(complete, span, queues), queueMatters, tail(chosen));
	}

	/** The tail whose interval held the actual time closest to eight times in ten. */
	private static double tail(List<double[]> leftAndActual) {
		if (leftAndActual.isEmpty()) {
			return 0.1;
		}
		double best = 0.1;
		double bestMiss = Double.MAX_VALUE;
		for (double tail : TAILS) {
			long held = leftAndActual.stream().filter(values -> {
				double[] left = Arrays.copyOf(values, values.length - 1);
				double actual = values[values.length - 1];
				return actual >= Quantiles.of(left, tail) && actual <= Quantiles.of(left, 1 - tail);
			}).count();
			double miss = Math.abs((double) held / leftAndActual.size() - 0.8);
			if (miss < bestMiss) {
				bestMiss = miss;
				best = tail;
			}
		}
		return best;
	}

	private static double[] append(double[] values, double value) {
		double[] longer = Arrays.copyOf(values, values.length + 1);
		longer[values.length] = value;
		return longer;
	}

	private static Map<String, List<Observation>> observe(List<EventLog.Case> complete, Span span, CaseStates queues) {
		Map<String, List<Observation>> byState = new HashMap<>();
		for (EventLog.Case kase : complete) {
			for (CaseStates.Stay stay : CaseStates.stays(kase)) {
				byState.computeIfAbsent(stay.state(), state -> new ArrayList<>())
					.add(new Observation(queues.queue(stay.state(), stay.from()), span.days(stay.from(), stay.to()),
							span.days(stay.from(), kase.ended())));
			}
		}
		byState.values().forEach(observations -> observations.sort(Comparator.comparingInt(Observation::queue)));
		return byState;
	}

	/**
	 * The time left for a case in this state, which entered it {@code inState} days ago,
	 * with this many cases in the state now; empty when the state has too little history.
	 */
	Optional<Prediction> predict(String state, int queue, double inState) {
		double[] left = left(state, queue, inState, this.queueMatters.contains(state));
		if (left == null) {
			return Optional.empty();
		}
		return Optional.of(new Prediction(Quantiles.of(left, 0.5), Quantiles.of(left, this.tail),
				Quantiles.of(left, 1 - this.tail), left.length));
	}

	/**
	 * The sorted times left of the past stays like this one: in a like queue or not,
	 * those that had lasted as long already; null when the state has too little history.
	 */
	private double[] left(String state, int queue, double inState, boolean likeQueue) {
		List<Observation> all = this.byState.getOrDefault(state, List.of());
		if (all.size() < FEWEST) {
			return null;
		}
		List<Observation> alike = likeQueue ? nearest(all, queue, Math.max(FEWEST, all.size() / 2)) : all;
		double[] left = alike.stream()
			.filter(observation -> observation.stay() >= inState)
			.mapToDouble(observation -> observation.remaining() - inState)
			.sorted()
			.toArray();
		if (left.length < FEWEST) {
			left = alike.stream().mapToDouble(observation -> Math.max(0, observation.remaining() - inState)).toArray();
			Arrays.sort(left);
		}
		return left;
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
