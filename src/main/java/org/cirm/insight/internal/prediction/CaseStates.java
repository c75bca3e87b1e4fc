package org.cirm.insight.internal.prediction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The states a case passes through, and how many cases are in each state at any time (the
 * queue). A case's state is its kind and the steps active in it; between steps (or in a
 * log of completion times only), the step it last finished. States are where predictions
 * are made and what they learn from (an annotated transition system).
 */
final class CaseStates {

	/**
	 * A stay of a case in one state.
	 *
	 * @param position the how-manieth state of the case it is (1 at its start): the
	 * prefix length
	 */
	record Stay(EventLog.Case kase, String state, Instant from, Instant to, int position) {
	}

	private final Map<String, long[][]> entriesAndExits = new HashMap<>();

	private CaseStates(List<Stay> stays) {
		Map<String, List<Stay>> byState = stays.stream().collect(Collectors.groupingBy(Stay::state));
		byState.forEach((state, those) -> {
			long[] entries = those.stream().mapToLong(stay -> stay.from().toEpochMilli()).sorted().toArray();
			long[] exits = those.stream().mapToLong(stay -> stay.to().toEpochMilli()).sorted().toArray();
			this.entriesAndExits.put(state, new long[][] { entries, exits });
		});
	}

	/** Counts the cases in each state over time, from these cases' stays. */
	static CaseStates of(List<EventLog.Case> cases) {
		return new CaseStates(cases.stream().flatMap(kase -> stays(kase).stream()).toList());
	}

	/** How many cases were in this state at this moment. */
	int queue(String state, Instant at) {
		long[][] both = this.entriesAndExits.get(state);
		if (both == null) {
			return 0;
		}
		long time = at.toEpochMilli();
		return countAtMost(both[0], time) - countAtMost(both[1], time);
	}

	private static int countAtMost(long[] sorted, long value) {
		int found = Arrays.binarySearch(sorted, value);
		if (found < 0) {
			return -found - 1;
		}
		while (found + 1 < sorted.length && sorted[found + 1] == value) {
			found++;
		}
		return found + 1;
	}

	/** The case's stays from its start to its end (for a complete case) or to now. */
	static List<Stay> stays(EventLog.Case kase) {
		return staysUntil(kase, kase.ended());
	}

	/**
	 * The case's stays from its start up to this moment, the last one cut there: what was
	 * known of it then.
	 */
	static List<Stay> staysUntil(EventLog.Case kase, Instant end) {
		TreeSet<Instant> changes = new TreeSet<>();
		changes.add(kase.started());
		kase.events().forEach(event -> {
			changes.add(event.began());
			changes.add(event.end());
		});
		List<Stay> stays = new ArrayList<>();
		String current = null;
		Instant since = null;
		for (Instant change : changes) {
			if (!change.isBefore(end)) {
				break;
			}
			String state = stateAt(kase, change);
			if (!state.equals(current)) {
				if (current != null) {
					stays.add(new Stay(kase, current, since, change, stays.size() + 1));
				}
				current = state;
				since = change;
			}
		}
		if (current != null) {
			stays.add(new Stay(kase, current, since, end, stays.size() + 1));
		}
		return stays;
	}

	/** The case's state at this moment, from its events up to it. */
	static String stateAt(EventLog.Case kase, Instant at) {
		TreeSet<String> active = new TreeSet<>();
		String last = "start";
		for (EventLog.Event event : kase.events()) {
			if (!event.end().isAfter(at)) {
				last = event.activity();
			}
			else if (event.start() != null && !event.start().isAfter(at)) {
				active.add(event.activity());
			}
		}
		return kase.kind() + " | " + (active.isEmpty() ? "after " + last : String.join(" + ", active));
	}

}
