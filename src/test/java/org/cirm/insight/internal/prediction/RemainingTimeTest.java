package org.cirm.insight.internal.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The predictor on hand-made logs whose right answers are known.
 */
class RemainingTimeTest {

	static final Instant T0 = Instant.parse("2025-01-06T02:00:00Z");

	static final Span CALENDAR_DAYS = Span.calendarDays();

	@Test
	void theStateTellsTheRestOfTheWay() {
		// Half the cases go A (1 day) then B (2 days), half A then C (5 days).
		List<EventLog.Case> cases = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			Instant start = T0.plus(Duration.ofHours(7L * i));
			cases.add(kase("c" + i, start, i % 2 == 0 ? "B" : "C", i % 2 == 0 ? 2 : 5));
		}
		RemainingTime model = RemainingTime.learn(cases, CALENDAR_DAYS, CaseStates.of(cases));

		assertThat(model.predict("permit | B", 0, 0)).hasValueSatisfying(prediction -> {
			assertThat(prediction.median()).isCloseTo(2, within(1e-9));
			assertThat(prediction.low()).isCloseTo(2, within(1e-9));
			assertThat(prediction.high()).isCloseTo(2, within(1e-9));
		});
		assertThat(model.predict("permit | C", 0, 0))
			.hasValueSatisfying(prediction -> assertThat(prediction.median()).isCloseTo(5, within(1e-9)));
		// At A, three or six days are left, half and half.
		assertThat(model.predict("permit | A", 0, 0)).hasValueSatisfying(prediction -> {
			assertThat(prediction.median()).isCloseTo(4.5, within(1e-9));
			assertThat(prediction.low()).isCloseTo(3, within(1e-9));
			assertThat(prediction.high()).isCloseTo(6, within(1e-9));
		});
	}

	@Test
	void timeAlreadySpentInTheStateCounts() {
		// Step B takes 1 day in half of the cases and 4 days in the other half.
		List<EventLog.Case> cases = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			cases.add(kase("c" + i, T0.plus(Duration.ofDays(10L * i)), "B", i % 2 == 0 ? 1 : 4));
		}
		RemainingTime model = RemainingTime.learn(cases, CALENDAR_DAYS, CaseStates.of(cases));

		// Two days into B, it is one of the long ones: two more days.
		assertThat(model.predict("permit | B", 0, 2))
			.hasValueSatisfying(prediction -> assertThat(prediction.median()).isCloseTo(2, within(1e-9)));
	}

	@Test
	void longerInTheStateThanAlmostAnyBeforeTheRestEndNow() {
		// Step B takes 1 day in nine cases of ten and 3 days in the tenth.
		List<EventLog.Case> cases = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			cases.add(kase("c" + i, T0.plus(Duration.ofDays(10L * i)), "B", i % 10 == 0 ? 3 : 1));
		}
		RemainingTime model = RemainingTime.learn(cases, CALENDAR_DAYS, CaseStates.of(cases));

		// Two and a half days in, only ten stayed as long: all count, nine in ten of them
		// ending now and the tenth in half a day.
		assertThat(model.predict("permit | B", 0, 2.5)).hasValueSatisfying(prediction -> {
			assertThat(prediction.median()).isZero();
			assertThat(prediction.low()).isZero();
			assertThat(prediction.basis()).isEqualTo(100);
		});
		assertThat(model.predict("permit | B", 0, 2.5, 0.25)).hasValueSatisfying(
				prediction -> assertThat(prediction.risk()).as("the tenth takes longer").isCloseTo(0.1, within(1e-9)));
		// Longer than any: every one would have ended.
		assertThat(model.predict("permit | B", 0, 30, 0.0)).hasValueSatisfying(prediction -> {
			assertThat(prediction.high()).isZero();
			assertThat(prediction.risk()).isZero();
		});
	}

	@Test
	void aCurveKeptFromAnEarlierLookUpAnswersAsOneDrawnAfresh() {
		// Step B takes 1 to 9 days, step C 2 to 10: every day in the state changes
		// which past stays count.
		List<EventLog.Case> cases = new ArrayList<>();
		for (int i = 0; i < 180; i++) {
			cases.add(kase("c" + i, T0.plus(Duration.ofDays(12L * i)), i % 2 == 0 ? "B" : "C", 1 + i % 9 + i % 2));
		}
		RemainingTime asked = RemainingTime.learn(cases, CALENDAR_DAYS, CaseStates.of(cases));
		// Past 8 days too few stayed as long: all count, those past ending now.
		double[] daysInState = { 0, 0.5, 1, 2.5, 3, 4, 6.5, 0.5, 3, 8.5, 9.5, 12, 9.5, 8.5 };
		for (String state : List.of("permit | B", "permit | C")) {
			for (double days : daysInState) {
				RemainingTime fresh = RemainingTime.learn(cases, CALENDAR_DAYS, CaseStates.of(cases));
				assertThat(asked.predict(state, 0, days, 3.0)).as(state + ", %s days in", days)
					.isEqualTo(fresh.predict(state, 0, days, 3.0));
			}
		}
	}

	@Test
	void aLongerQueueMeansALongerWait() {
		// Cases filed in bursts of ten at once wait 6 days in B; those filed alone, 1
		// day.
		List<EventLog.Case> cases = new ArrayList<>();
		int n = 0;
		for (int burst = 0; burst < 10; burst++) {
			Instant start = T0.plus(Duration.ofDays(30L * burst));
			for (int i = 0; i < 10; i++) {
				cases.add(kase("b" + n++, start, "B", 6));
			}
			for (int i = 0; i < 10; i++) {
				cases.add(kase("s" + n++, start.plus(Duration.ofDays(10 + i)), "B", 1));
			}
		}
		RemainingTime model = RemainingTime.learn(cases, CALENDAR_DAYS, CaseStates.of(cases));

		assertThat(model.predict("permit | B", 10, 0).orElseThrow().median()).isCloseTo(6, within(1e-9));
		assertThat(model.predict("permit | B", 1, 0).orElseThrow().median()).isCloseTo(1, within(1e-9));
	}

	@Test
	void tooLittleHistoryGivesNoPrediction() {
		List<EventLog.Case> cases = new ArrayList<>();
		for (int i = 0; i < RemainingTime.FEWEST - 1; i++) {
			cases.add(kase("c" + i, T0.plus(Duration.ofDays(10L * i)), "B", 2));
		}
		RemainingTime model = RemainingTime.learn(cases, CALENDAR_DAYS, CaseStates.of(cases));

		assertThat(model.predict("permit | B", 0, 0)).isEmpty();
		assertThat(model.basis("permit | B")).isEqualTo(RemainingTime.FEWEST - 1);
		assertThat(model.predict("permit | never seen", 0, 0)).isEmpty();
	}

	@Test
	void casesStillRunningCountAsTakingAtLeastAsLongAsTheyHaveRun() {
		// Every day one case starts; step B takes 1 day for even cases, 60 for odd ones.
		// On day 120 the odd cases begun after day 59 are still in B.
		List<EventLog.Case> cases = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			cases.add(kase("c" + i, T0.plus(Duration.ofDays(i)), "B", i % 2 == 0 ? 1 : 60));
		}
		Instant now = T0.plus(Duration.ofDays(120));
		List<EventLog.Case> ended = cases.stream().filter(kase -> !kase.ended().isAfter(now)).toList();

		RemainingTime completeOnly = RemainingTime.learn(ended, CALENDAR_DAYS, CaseStates.of(cases));
		RemainingTime withRunning = RemainingTime.learn(cases, now, CALENDAR_DAYS, CaseStates.of(cases));

		// Of the ended cases, 30 long and 60 short: a third seem to take longer than two
		// days, where half do.
		assertThat(completeOnly.predict("permit | B", 0, 0, 2.0).orElseThrow().risk())
			.as("the long cases still running are missing")
			.isCloseTo(1 / 3.0, within(0.03));
		assertThat(withRunning.predict("permit | B", 0, 0, 2.0).orElseThrow().risk()).isCloseTo(0.5, within(0.03));
	}

	/** A case: step A for one day, then the given step for the given days. */
	static EventLog.Case kase(String id, Instant start, String second, int days) {
		Instant a = start.plus(Duration.ofDays(1));
		return new EventLog.Case(id, "permit", null, start.plus(Duration.ofDays(4)),
				List.of(new EventLog.Event("A", start, a, "clerk"),
						new EventLog.Event(second, a, a.plus(Duration.ofDays(days)), "officer")));
	}

}
