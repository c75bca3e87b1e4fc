package org.cirm.insight.internal.consistency;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FunnelPlotTest {

	@Test
	void flagsTheUnitFarBelowTheOthersAndNobodyElse() {
		List<FunnelPlot.Count> counts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			counts.add(new FunnelPlot.Count("officer-" + i, 200, 180 + (i % 3) - 1));
		}
		counts.add(new FunnelPlot.Count("slow", 200, 130));
		FunnelPlot funnel = FunnelPlot.of(counts);
		assertThat(funnel.units()).filteredOn(unit -> unit.verdict() == FunnelPlot.Verdict.BELOW_998)
			.extracting(unit -> unit.count().unit())
			.containsExactly("slow");
		assertThat(funnel.units()).filteredOn(unit -> !unit.count().unit().equals("slow"))
			.allMatch(unit -> unit.verdict() == FunnelPlot.Verdict.WITHIN);
	}

	@Test
	void limitsNarrowAsCasesGrow() {
		FunnelPlot funnel = FunnelPlot
			.of(List.of(new FunnelPlot.Count("a", 100, 90), new FunnelPlot.Count("b", 100, 90)));
		assertThat(funnel.target()).isCloseTo(0.9, within(1e-9));
		double[] at25 = funnel.limitsAt(25);
		double[] at400 = funnel.limitsAt(400);
		assertThat(at25[0]).isCloseTo(0.9 - 1.959964 * Math.sqrt(0.09 / 25), within(1e-9));
		assertThat(at400[0]).isGreaterThan(at25[0]);
		assertThat(at400[2]).isLessThan(at400[0]);
	}

	@Test
	void widensTheLimitsWhenManyUnitsVaryBeyondChance() {
		List<FunnelPlot.Count> counts = new ArrayList<>();
		int[] within = { 150, 160, 170, 175, 180, 185, 190, 165, 155, 172, 188, 158 };
		for (int i = 0; i < within.length; i++) {
			counts.add(new FunnelPlot.Count("unit-" + i, 200, within[i]));
		}
		FunnelPlot funnel = FunnelPlot.of(counts);
		assertThat(funnel.overdispersed()).isTrue();
		assertThat(funnel.phi()).isGreaterThan(1);
		double spread = funnel.limitsAt(200)[1] - funnel.target();
		assertThat(spread).isGreaterThan(1.959964 * Math.sqrt(funnel.target() * (1 - funnel.target()) / 200));
	}

	@Test
	void saysWhenThereAreTooFewCasesToJudge() {
		FunnelPlot funnel = FunnelPlot
			.of(List.of(new FunnelPlot.Count("new", 4, 1), new FunnelPlot.Count("a", 300, 270)));
		assertThat(funnel.units()).last()
			.satisfies(unit -> assertThat(unit.count().unit()).isEqualTo("new"))
			.satisfies(unit -> assertThat(unit.verdict()).isEqualTo(FunnelPlot.Verdict.TOO_FEW));
		assertThat(funnel.overdispersed()).isFalse();
	}

}
