package org.cirm.insight.internal.prediction;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Cases and what happened in them, in time order: from our read model or from another
 * system's event log (CSV). A case is complete when its last event is its end; a running
 * case's events so far are its prefix.
 */
public record EventLog(List<Case> cases) {

	/** The end of a step still running: later than anything known. */
	public static final Instant OPEN = Instant.parse("9999-12-31T00:00:00Z");

	/**
	 * One step of a case.
	 *
	 * @param start when the step began; null when the log gives completion times only
	 * @param end when the step ended; {@link EventLog#OPEN} while it runs
	 * @param resource who or which group did it; null when unknown
	 */
	public record Event(String activity, Instant start, Instant end, String resource) {

		/** When the step entered the case: its start, else its end. */
		public Instant began() {
			return this.start != null ? this.start : this.end;
		}

	}

	/**
	 * @param kind the service or process the case follows (one for a log of one process)
	 * @param channel how the case came in; null when unknown
	 * @param deadline the legal deadline of the whole case; null when the log has none
	 */
	public record Case(String id, String kind, String channel, Instant deadline, List<Event> events) {

		public Case {
			events = events.stream().sorted(Comparator.comparing(Event::end).thenComparing(Event::began)).toList();
		}

		public Instant started() {
			return this.events.stream().map(Event::began).min(Comparator.naturalOrder()).orElseThrow();
		}

		/** When its last step ended; {@link EventLog#OPEN} while one still runs. */
		public Instant ended() {
			return this.events.get(this.events.size() - 1).end();
		}

	}

	/** When the first case began and the last ended. */
	public Instant first() {
		return this.cases.stream().map(Case::started).min(Comparator.naturalOrder()).orElseThrow();
	}

	public Instant last() {
		return this.cases.stream().map(Case::ended).max(Comparator.naturalOrder()).orElseThrow();
	}

}
