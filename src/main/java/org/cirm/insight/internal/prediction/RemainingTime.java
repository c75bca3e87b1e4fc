package org.cirm.insight.internal.prediction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * How long a running case will still take, learnt from the cases known at one moment: for
 * each state, the remaining time of the past cases that were in it, and the queue of
 * cases in the same state when they were. Cases still running at that moment count too,
 * as taking at least as long as they had run ({@link Survival}). A prediction takes the
 * past stays of the state (where the queue was seen to matter, only those whose queue was
 * closest to the current one: at least {@value #FEWEST}, at least half), keeps those that
 * had already lasted as long as the case has now, and gives their median remaining time
 * and an interval meant to hold eight in ten: never a mean, since remaining times are
 * heavy tailed. A state seen fewer than {@value #FEWEST} times has no prediction.
 */
final class RemainingTime {

	static final int FEWEST = 20;

	/**
	 * The curves drawn, and the sets of alike stays picked (one per state and its queue
	 * at the moment; queues change slowly), are each kept up to this many times in all:
	 * 16 MB or so, whatever the number of curves.
	 */
	private static final int MOST_KEPT = 1_000_000;

	/**
	 * A past stay: the queue when it began, how long it lasted, the case's time left, and
	 * whether these are only lower bounds (the case was still running).
	 */
	private record Observation(int queue, double stay, double remaining, boolean censored) {
	}

	/**
	 * @param median days left for half of the cases like this one
	 * @param low days left for one in ten
	 * @param high days left for nine in ten
	 * @param basis how many past cases it rests on
	 * @param risk the share of cases like this one that took longer than the days to the
	 * deadline; null when not asked
	 */
	record Prediction(double median, double low, double high, int basis, Double risk) {
	}

	/** The tails of the interval tried: 10% each side is 80% on the learnt cases. */
	private static final double[] TAILS = { 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.10, 0.11, 0.12, 0.13, 0.14, 0.15,
			0.16, 0.17, 0.18, 0.19, 0.20 };

	private final Map<String, List<Observation>> byState;

	/**
	 * The states where cases in a like queue told the time left better than all cases.
	 */
	private final Set<String> queueMatters;

	/** Curves drawn, kept with the model, which never changes. */
	private final Cache<Drawn, Survival> drawn = Caffeine.newBuilder()
		.maximumWeight(MOST_KEPT)
		.weigher((Drawn key, Survival curve) -> curve.size())
		.build();

	/** Stays picked and ordered, kept likewise. */
	private final Cache<Seen, Alike> alike = Caffeine.newBuilder()
		.maximumWeight(MOST_KEPT)
		.weigher((Seen key, Alike stays) -> 2 * stays.stays().length)
		.build();

	/** The share of remaining times left out below the interval, and above it. */
	private final double tail;

	private RemainingTime(Map<String, List<Observation>> byState, Set<String> queueMatters, double tail) {
		this.byState = byState;
		this.queueMatters = queueMatters;
		this.tail = tail;
	}

	/** Learns from complete cases only. */
	static RemainingTime learn(List<EventLog.Case> complete, Span span, CaseStates queues) {
		Instant last = complete.stream().map(EventLog.Case::ended).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
		return learn(complete, last, span, queues);
	}

	/**
	 * Learns what was known of these cases at a moment: those ended by then, and those
	 * running then as far as they had come. Time is measured with the span, the queue
	 * from the states of every case known. Whether the queue matters in a state, and how
	 * wide the interval must be to hold eight in ten, are chosen by learning as of an
	 * earlier moment (when four in five of the cases that had ended had ended) and
	 * predicting the stays begun after it, as the backtest would.
	 */
	static RemainingTime learn(List<EventLog.Case> cases, Instant asOf, Span span, CaseStates queues) {
		List<Instant> ends = cases.stream()
			.map(EventLog.Case::ended)
			.filter(end -> !end.isAfter(asOf))
			.sorted()
			.toList();
		if (ends.size() < 5) {
			return new RemainingTime(observe(cases, asOf, span, queues), Set.of(), 0.1);
		}
		Instant cut = ends.get(ends.size() * 4 / 5);
		RemainingTime earlier = new RemainingTime(observe(cases, cut, span, queues), Set.of(), 0.1);
		Map<String, double[]> errors = new HashMap<>();
		List<String> states = new ArrayList<>();
		List<Survival> withoutQueue = new ArrayList<>();
		List<Survival> withQueue = new ArrayList<>();
		List<Double> actuals = new ArrayList<>();
		for (EventLog.Case kase : cases) {
			if (!kase.ended().isAfter(cut) || kase.ended().isAfter(asOf)) {
				continue;
			}
			for (CaseStates.Stay stay : CaseStates.stays(kase)) {
				if (stay.from().isBefore(cut)) {
					continue;
				}
				int queue = queues.queue(stay.state(), stay.from());
				Survival all = earlier.left(stay.state(), queue, 0, false);
				if (all == null) {
					continue;
				}
				Survival alike = earlier.left(stay.state(), queue, 0, true);
				double actual = span.days(stay.from(), kase.ended());
				double[] error = errors.computeIfAbsent(stay.state(), state -> new double[3]);
				error[0] += Math.abs(all.quantile(0.5) - actual);
				error[1] += Math.abs(alike.quantile(0.5) - actual);
				error[2]++;
				states.add(stay.state());
				withoutQueue.add(all);
				withQueue.add(alike);
				actuals.add(actual);
			}
		}
		Set<String> queueMatters = new HashSet<>();
		// The queue must earn its place: a tenth less error, on enough held-out stays.
		errors.forEach((state, error) -> {
			if (error[2] >= FEWEST && error[1] < 0.9 * error[0]) {
				queueMatters.add(state);
			}
		});
		List<Survival> chosen = new ArrayList<>();
		for (int i = 0; i < states.size(); i++) {
			chosen.add((queueMatters.contains(states.get(i)) ? withQueue : withoutQueue).get(i));
		}
		return new RemainingTime(observe(cases, asOf, span, queues), queueMatters, tail(chosen, actuals));
	}

	/** The tail whose interval held the actual time closest to eight times in ten. */
	private static double tail(List<Survival> predicted, List<Double> actuals) {
		if (predicted.isEmpty()) {
			return 0.1;
		}
		double best = 0.1;
		double bestMiss = Double.MAX_VALUE;
		for (double tail : TAILS) {
			int held = 0;
			for (int i = 0; i < predicted.size(); i++) {
				double actual = actuals.get(i);
				Survival left = predicted.get(i);
				held += actual >= left.quantile(tail) && actual <= left.quantile(1 - tail) ? 1 : 0;
			}
			double miss = Math.abs((double) held / predicted.size() - 0.8);
			if (miss < bestMiss) {
				bestMiss = miss;
				best = tail;
			}
		}
		return best;
	}

	/** The stays of every case begun by that moment, as far as it knew them. */
	private static Map<String, List<Observation>> observe(List<EventLog.Case> cases, Instant asOf, Span span,
			CaseStates queues) {
		Map<String, List<Observation>> byState = new HashMap<>();
		for (EventLog.Case kase : cases) {
			if (!kase.started().isBefore(asOf)) {
				continue;
			}
			boolean running = kase.ended().isAfter(asOf);
			Instant known = running ? asOf : kase.ended();
			for (CaseStates.Stay stay : CaseStates.staysUntil(kase, known)) {
				byState.computeIfAbsent(stay.state(), state -> new ArrayList<>())
					.add(new Observation(queues.queue(stay.state(), stay.from()), span.days(stay.from(), stay.to()),
							span.days(stay.from(), known), running));
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
		return predict(state, queue, inState, null);
	}

	/**
	 * As {@link #predict(String, int, double)}, with the chance of taking longer than the
	 * days left to the deadline.
	 */
	Optional<Prediction> predict(String state, int queue, double inState, Double toDeadline) {
		Survival left = left(state, queue, inState, this.queueMatters.contains(state));
		if (left == null) {
			return Optional.empty();
		}
		return Optional.of(new Prediction(left.quantile(0.5), left.quantile(this.tail), left.quantile(1 - this.tail),
				left.size(), toDeadline == null ? null : left.longerThan(toDeadline)));
	}

	/**
	 * The times left of the past stays like this one: in a like queue or not, those that
	 * had lasted as long already; null when the state has too little history.
	 */
	private Survival left(String state, int queue, double inState, boolean likeQueue) {
		List<Observation> all = this.byState.getOrDefault(state, List.of());
		if (all.size() < FEWEST) {
			return null;
		}
		// The cases being looked up at one moment share the queue of their state, so
		// the alike stays are picked and ordered once per state and queue.
		Alike alike = this.alike.get(new Seen(state, likeQueue ? queue : -1),
				seen -> Alike.of(likeQueue ? nearest(all, queue, Math.max(FEWEST, all.size() / 2)) : all));
		// A running case's stay that has not yet lasted this long is left out: unknown.
		List<Observation> lasted = alike.lasted(inState);
		int picked = likeQueue ? queue : -1;
		if (lasted.size() < FEWEST) {
			// Too few stayed this long: the time left of all, as if they had, those whose
			// remaining time is shorter ending now. Those are the ones with the shortest
			// remaining times, known by their number: tied at the longest of them, then
			// moved, they end at zero together, so this curve too is drawn once per set.
			int past = alike.remainingAtMost(inState);
			double tied = past == 0 ? Double.NEGATIVE_INFINITY : alike.remainings()[past - 1];
			return this.drawn
				.get(new Drawn(state, picked, past, true),
						key -> survival(alike.byStay(), observation -> Math.max(tied, observation.remaining())))
				.earlier(inState);
		}
		// The stays that lasted are the longest ones, known by their number, and their
		// times left are their remaining times less the time already in the state: the
		// curve is drawn once per such set and moved, not sorted again for every look-up
		// (it was most of a tracking look-up's time with 40,000 cases learnt).
		return this.drawn
			.get(new Drawn(state, picked, lasted.size(), false), key -> survival(lasted, Observation::remaining))
			.earlier(inState);
	}

	/** A state and the queue the stays were picked for (-1: all of the state's). */
	private record Seen(String state, int queue) {
	}

	/**
	 * A set of observations whose curve is drawn: the {@code count} that lasted longest,
	 * or all with the {@code count} shortest remaining times ending at once.
	 */
	private record Drawn(String state, int queue, int count, boolean endingNow) {
	}

	/**
	 * The past stays like a case's, shortest first, and their remaining times in order.
	 */
	private record Alike(List<Observation> byStay, double[] stays, double[] remainings) {

		static Alike of(List<Observation> observations) {
			List<Observation> byStay = observations.stream()
				.sorted(Comparator.comparingDouble(Observation::stay))
				.toList();
			return new Alike(byStay, byStay.stream().mapToDouble(Observation::stay).toArray(),
					byStay.stream().mapToDouble(Observation::remaining).sorted().toArray());
		}

		/** How many had at most this much time left. */
		int remainingAtMost(double time) {
			int low = 0;
			int high = this.remainings.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (this.remainings[middle] <= time) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return low;
		}

		/** Those that lasted at least this long. */
		List<Observation> lasted(double inState) {
			int low = 0;
			int high = this.stays.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (this.stays[middle] < inState) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return this.byStay.subList(low, this.byStay.size());
		}

	}

	private static Survival survival(List<Observation> observations,
			java.util.function.ToDoubleFunction<Observation> time) {
		double[] times = new double[observations.size()];
		boolean[] censored = new boolean[observations.size()];
		for (int i = 0; i < times.length; i++) {
			times[i] = time.applyAsDouble(observations.get(i));
			censored[i] = observations.get(i).censored();
		}
		return Survival.of(times, censored);
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
