package org.cirm.insight.internal.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Judges the remaining-time prediction on a log by time: it learns from the cases that
 * ended in the earlier part of the period cases arrived in, and predicts at every state
 * change of the later part, as it would have then, against three baselines: zero, the
 * learnt cases' median duration less the time spent, and the time to the legal deadline
 * (when the log has deadlines). Errors are in days of the span, per prefix length (the
 * how-manieth state of the case).
 */
public final class Backtest {

	/**
	 * The errors at one prefix length ({@code 0} for all together); with deadlines, the
	 * Brier score of the chance of missing it, and of the learnt cases' share that missed
	 * it, over the stays not yet late.
	 */
	public record Row(int prefix, int predicted, int unpredicted, double mae, double normalisedMae, double coverage,
			double zeroMae, double medianMae, Double deadlineMae, Double brier, Double baseRateBrier) {
	}

	/** Sums of errors at one prefix length. */
	private static final class Errors {

		int predicted;

		int unpredicted;

		double model;

		int covered;

		double zero;

		double median;

		double deadline;

		int deadlines;

		double brier;

		double baseRateBrier;

		int risks;

		Row row(int prefix, double meanDuration) {
			double mae = this.model / this.predicted;
			return new Row(prefix, this.predicted, this.unpredicted, mae, mae / meanDuration,
					(double) this.covered / this.predicted, this.zero / this.predicted, this.median / this.predicted,
					this.deadlines == 0 ? null : this.deadline / this.deadlines,
					this.risks == 0 ? null : this.brier / this.risks,
					this.risks == 0 ? null : this.baseRateBrier / this.risks);
		}

	}

	private Backtest() {
	}

	/**
	 * @param trainShare the share of the log's time span to learn from, e.g. 0.7
	 * @param longest the longest prefix shown on its own; longer ones are counted in the
	 * total only
	 */
	public static List<Row> run(EventLog log, Span span, double trainShare, int longest) {
		// The time is the period cases arrived in, so that a log whose last cases ran on
		// long after the last arrival is not split in that tail.
		Instant first = log.first();
		Instant lastArrival = log.cases()
			.stream()
			.map(EventLog.Case::started)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		Instant split = first
			.plus(Duration.ofMillis((long) (Duration.between(first, lastArrival).toMillis() * trainShare)));
		List<EventLog.Case> learnt = log.cases().stream().filter(kase -> !kase.ended().isAfter(split)).toList();
		List<EventLog.Case> tested = log.cases().stream().filter(kase -> kase.ended().isAfter(split)).toList();
		if (learnt.isEmpty() || tested.isEmpty()) {
			throw new IllegalArgumentException("The log is too short to split: " + learnt.size()
					+ " case(s) ended before the split, " + tested.size() + " after");
		}
		CaseStates queues = CaseStates.of(log.cases());
		RemainingTime model = RemainingTime.learn(log.cases(), split, span, queues);
		List<EventLog.Case> withDeadlines = learnt.stream().filter(kase -> kase.deadline() != null).toList();
		double baseRate = withDeadlines.stream().filter(Backtest::late).count()
				/ (double) Math.max(1, withDeadlines.size());
		double[] durations = learnt.stream()
			.mapToDouble(kase -> span.days(kase.started(), kase.ended()))
			.sorted()
			.toArray();
		double medianDuration = RemainingTime.Quantiles.of(durations, 0.5);
		double meanDuration = tested.stream()
			.mapToDouble(kase -> span.days(kase.started(), kase.ended()))
			.average()
			.orElse(1);
		Map<Integer, Errors> byPrefix = new TreeMap<>();
		Errors all = new Errors();
		for (EventLog.Case kase : tested) {
			for (CaseStates.Stay stay : CaseStates.stays(kase)) {
				if (stay.from().isBefore(split)) {
					continue;
				}
				Errors at = byPrefix.computeIfAbsent(Math.min(stay.position(), longest + 1), prefix -> new Errors());
				double actual = span.days(stay.from(), kase.ended());
				boolean notYetLate = kase.deadline() != null && kase.deadline().isAfter(stay.from());
				Optional<RemainingTime.Prediction> predicted = model.predict(stay.state(),
						queues.queue(stay.state(), stay.from()), 0,
						notYetLate ? span.days(stay.from(), kase.deadline()) : null);
				for (Errors errors : List.of(at, all)) {
					if (predicted.isEmpty()) {
						errors.unpredicted++;
						continue;
					}
					RemainingTime.Prediction prediction = predicted.get();
					errors.predicted++;
					errors.model += Math.abs(prediction.median() - actual);
					errors.covered += actual >= prediction.low() && actual <= prediction.high() ? 1 : 0;
					errors.zero += actual;
					double spent = span.days(kase.started(), stay.from());
					errors.median += Math.abs(Math.max(0, medianDuration - spent) - actual);
					if (kase.deadline() != null) {
						errors.deadlines++;
						errors.deadline += Math.abs(Math.max(0, span.days(stay.from(), kase.deadline())) - actual);
					}
					if (notYetLate) {
						double outcome = late(kase) ? 1 : 0;
						errors.risks++;
						errors.brier += Math.pow(prediction.risk() - outcome, 2);
						errors.baseRateBrier += Math.pow(baseRate - outcome, 2);
					}
				}
			}
		}
		List<Row> rows = new ArrayList<>();
		byPrefix.forEach((prefix, errors) -> {
			if (errors.predicted > 0) {
				rows.add(errors.row(prefix, meanDuration));
			}
		});
		if (all.predicted > 0) {
			rows.add(all.row(0, meanDuration));
		}
		return rows;
	}

	private static boolean late(EventLog.Case kase) {
		return kase.ended().isAfter(kase.deadline());
	}

}
