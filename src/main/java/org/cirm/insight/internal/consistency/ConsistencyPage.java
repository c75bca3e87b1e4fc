package org.cirm.insight.internal.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cirm.insight.internal.InsightFilter;
import org.cirm.insight.internal.InsightScope;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Consistency of service at {@code /officer/insight/consistency}: for one step of one
 * service, the units that handled it side by side, as a funnel plot and a rank test with
 * every unit's number of cases; the units outside the limits listed, and those too few to
 * judge said so. Numbers, not a league table: units are in their own order, never ranked.
 */
@Controller
class ConsistencyPage {

	private final Consistency consistency;

	private final ObjectMapper json;

	ConsistencyPage(Consistency consistency, ObjectMapper json) {
		this.consistency = consistency;
		this.json = json;
	}

	@GetMapping("/officer/insight/consistency")
	String page(InsightFilter asked, @RequestParam(required = false) String step,
			@RequestParam(defaultValue = "OFFICER") Consistency.By by, Authentication officer, Model model)
			throws JsonProcessingException {
		InsightFilter filter = InsightScope.of(officer, asked);
		List<Consistency.Step> steps = this.consistency.steps(filter);
		Consistency.Step chosen = steps.stream()
			.filter(candidate -> candidate.step().equals(step)
					&& (filter.service() == null || candidate.service().equals(filter.service())))
			.findFirst()
			.orElse(steps.isEmpty() ? null : steps.get(0));
		model.addAttribute("filter", filter);
		model.addAttribute("steps", steps);
		model.addAttribute("chosen", chosen);
		model.addAttribute("by", by);
		model.addAttribute("units", Consistency.By.values());
		if (chosen != null) {
			InsightFilter ofService = filter.withService(chosen.service());
			Consistency.Comparison comparison = this.consistency.compare(ofService, chosen.step(), by);
			model.addAttribute("comparison", comparison);
			model.addAttribute("funnelData", this.json.writeValueAsString(chartOf(comparison.funnel())));
		}
		return "insight/consistency";
	}

	/** The points and the limit curves, in percent, for insight.js to draw. */
	private static Map<String, Object> chartOf(FunnelPlot funnel) {
		long most = funnel.units().stream().mapToLong(unit -> unit.count().cases()).max().orElse(1);
		List<double[]> points = new ArrayList<>();
		funnel.units().forEach(unit -> points.add(new double[] { unit.count().cases(), 100 * unit.count().share() }));
		List<List<double[]>> limits = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		for (long n = Math.max(1, FunnelPlot.FEWEST / 2); n <= most * 1.1 + 1; n += Math.max(1, most / 60)) {
			double[] at = funnel.limitsAt(n);
			for (int i = 0; i < 4; i++) {
				limits.get(i).add(new double[] { n, 100 * at[i] });
			}
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("target", 100 * funnel.target());
		chart.put("points", points);
		chart.put("names", funnel.units().stream().map(unit -> unit.count().unit()).toList());
		chart.put("limits", limits);
		return chart;
	}

}
