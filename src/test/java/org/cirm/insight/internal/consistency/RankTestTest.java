package org.cirm.insight.internal.consistency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankTestTest {

	/**
	 * Hollander and Wolfe's example, as R's kruskal.test reports it: chi-squared =
	 * 0.77143, df = 2, p-value = 0.68.
	 */
	@Test
	void agreesWithTheTextbookExample() {
		Map<String, List<Double>> durations = new LinkedHashMap<>();
		durations.put("normal", List.of(2.9, 3.0, 2.5, 2.6, 3.2));
		durations.put("obstructive", List.of(3.8, 2.7, 4.0, 2.4));
		durations.put("asbestosis", List.of(2.8, 3.4, 3.7, 2.2, 2.0));
		RankTest test = RankTest.of(durations, 4);
		assertThat(test.statistic()).isCloseTo(0.77143, within(1e-4));
		assertThat(test.degreesOfFreedom()).isEqualTo(2);
		assertThat(test.pValue()).isCloseTo(0.68, within(0.005));
		assertThat(test.cases()).isEqualTo(14);
	}

	@Test
	void correctsForTies() {
		Map<String, List<Double>> durations = new LinkedHashMap<>();
		durations.put("a", List.of(1.0, 1.0, 2.0, 2.0, 3.0));
		durations.put("b", List.of(2.0, 3.0, 3.0, 4.0, 4.0));
		// Mid-ranks 18 and 37: H = 12 / 110 * (18² / 5 + 37² / 5) - 33 = 3.93818; the
		// ties (2, 3, 3, 2) correct it by 1 - 60 / 990, to 4.19226.
		assertThat(RankTest.of(durations).statistic()).isCloseTo(4.19226, within(1e-4));
	}

	@Test
	void leavesOutUnitsWithTooFewCasesAndNeedsTwo() {
		Map<String, List<Double>> durations = new LinkedHashMap<>();
		durations.put("a", List.of(1.0, 2.0, 3.0, 4.0, 5.0));
		durations.put("b", List.of(1.0, 2.0));
		assertThat(RankTest.of(durations)).isNull();
	}

}
