package org.cirm.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cirm.catalog.Diagram;
import org.junit.jupiter.api.Test;

/**
 * Which flows the tracking page draws as taken, for a request that went round a loop: at
 * a counter check, asked for documents, now waiting for them.
 */
class DrawnFlowsTest {

	private static final Diagram.Flow TO_CHECK = new Diagram.Flow("Gateway_Check", "Task_Check", "");

	private static final Diagram.Flow TO_REQUEST = new Diagram.Flow("Task_Check", "Task_Request", "");

	private static final Diagram.Flow TO_WAIT = new Diagram.Flow("Task_Request", "Task_Wait", "");

	private static final Diagram.Flow BACK_TO_CHECK = new Diagram.Flow("Task_Wait", "Gateway_Check", "");

	private static final Diagram.Flow TO_LAPSED = new Diagram.Flow("Task_Wait", "Event_Lapsed", "");

	@Test
	void aWayBackFromTheStepTheRequestIsAtIsNotTakenYet() {
		RequestTracker.Drawn waiting = drawn(
				Map.of("Gateway_Check", "done", "Task_Check", "done", "Task_Request", "done", "Task_Wait", "current"),
				Set.of("Gateway_Check", "Task_Check", "Task_Request"));

		assertThat(List.of(TO_CHECK, TO_REQUEST, TO_WAIT)).allMatch(waiting::taken);
		assertThat(waiting.taken(BACK_TO_CHECK)).isFalse();
		assertThat(waiting.taken(TO_LAPSED)).isFalse();
	}

	@Test
	void aFlowLeftOnAnEarlierVisitStaysTakenWhileTheStepRunsAgain() {
		RequestTracker.Drawn checkedAgain = drawn(
				Map.of("Gateway_Check", "done", "Task_Check", "current", "Task_Request", "done", "Task_Wait", "done"),
				Set.of("Gateway_Check", "Task_Check", "Task_Request", "Task_Wait"));

		assertThat(List.of(TO_CHECK, TO_REQUEST, TO_WAIT, BACK_TO_CHECK)).allMatch(checkedAgain::taken);
		assertThat(checkedAgain.taken(TO_LAPSED)).isFalse();
	}

	private static RequestTracker.Drawn drawn(Map<String, String> states, Set<String> left) {
		return new RequestTracker.Drawn(new Diagram(0, 0, 100, 100, List.of(), List.of()), states, left);
	}

}
