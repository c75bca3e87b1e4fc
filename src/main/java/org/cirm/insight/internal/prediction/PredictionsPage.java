package org.cirm.insight.internal.prediction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.cirm.insight.internal.InsightFilter;
import org.cirm.insight.internal.InsightScope;
import org.cirm.insight.internal.dashboard.Names;
import org.cirm.insight.internal.dashboard.Table;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The forecasts for managers at {@code /officer/insight/predictions}: the running
 * requests most likely to miss their deadline (a supervisor's agency only), whether each
 * service's forecasts are shown, how far off they were against the rules of thumb, and
 * whether the chances of missing the deadline came true; each table also as CSV.
 */
@Controller
class PredictionsPage {

	private static final int MOST_AT_RISK = 200;

	private static final Map<String, String> CHARTS = Map.of("demand-forecast", "label=0;values=3,4;sum",
			"prediction-accuracy", "label=0;values=3,6,7,8", "prediction-reliability", "label=0;values=2,3");

	private final Forecaster forecaster;

	private final PredictionScores scores;

	private final Demand demand;

	private final Names names;

	private final ThaiDates dates;

	PredictionsPage(Forecaster forecaster, PredictionScores scores, Demand demand, Names names, ThaiDates dates) {
		this.forecaster = forecaster;
		this.scores = scores;
		this.demand = demand;
		this.names = names;
		this.dates = dates;
	}

	@GetMapping("/officer/insight/predictions")
	String page(InsightFilter asked, Authentication officer, Model model) {
		InsightFilter filter = InsightScope.of(officer, asked);
		model.addAttribute("filter", filter);
		model.addAttribute("seesAll", InsightScope.seesAll(officer));
		model.addAttribute("services", this.names.services());
		model.addAttribute("agencies", this.names.agencies());
		model.addAttribute("tables", reports().values().stream().map(report -> report.apply(filter)).toList());
		model.addAttribute("charts", CHARTS);
		model.addAttribute("csvBase", "/officer/insight/predictions/");
		model.addAttribute("query", filter.asQuery());
		return "insight/predictions";
	}

	@GetMapping("/officer/insight/predictions/{report}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String report, InsightFilter asked, Authentication officer) {
		InsightFilter filter = InsightScope.of(officer, asked);
		Function<InsightFilter, Table> query = reports().get(report);
		if (query == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such report");
		}
		return query.apply(filter).download("cirm-" + report + "-" + filter.from() + "-" + filter.to() + ".csv");
	}

	private Map<String, Function<InsightFilter, Table>> reports() {
		Map<String, Function<InsightFilter, Table>> reports = new LinkedHashMap<>();
		reports.put("prediction-risk", this::atRisk);
		reports.put("demand-forecast", this.demand::forecast);
		reports.put("demand-backtest", this.demand::backtest);
		reports.put("prediction-status", this.scores::status);
		reports.put("prediction-accuracy", this.scores::accuracy);
		reports.put("prediction-reliability", this.scores::reliability);
		return reports;
	}

	/**
	 * The running requests of the filter's service and agency not yet past their
	 * deadline, by their chance of missing it, highest first, with where each stands and
	 * how many wait there too.
	 */
	Table atRisk(InsightFilter filter) {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		List<Table.Row> rows = this.forecaster.running()
			.stream()
			// Those already late are the dashboard's alerts; these are still in time.
			.filter(forecast -> forecast.prediction().risk() != null && forecast.request().request().due().isAfter(now))
			.filter(forecast -> filter.service() == null
					|| filter.service().equals(forecast.request().request().kase().kind()))
			.filter(forecast -> filter.agency() == null
					|| filter.agency().equals(forecast.request().request().agency()))
			.sorted(Comparator.comparing((Forecaster.Forecast forecast) -> forecast.prediction().risk()).reversed())
			.limit(MOST_AT_RISK)
			.map(this::row)
			.toList();
		return new Table("prediction-risk",
				List.of("tracking-code", "service", "risk", "likely", "due", "reason", "queue", "agency"), rows);
	}

	private Table.Row row(Forecaster.Forecast forecast) {
		RequestCases.Request request = forecast.request().request();
		List<Object> cells = new ArrayList<>();
		cells.add(new TrackingCode(request.trackingCode()).formatted());
		cells.add(this.names.service(request.kase().kind()));
		cells.add(Table.rounded(100 * forecast.prediction().risk(), 0));
		cells.add(this.dates.dateTime(this.forecaster.after(forecast.prediction().median())));
		cells.add(request.due() == null ? "–" : this.dates.dateTime(request.due()));
		cells.add(reason(forecast.request()));
		cells.add(forecast.queue());
		cells.add(this.names.agency(request.agency()));
		return new Table.Row(cells,
				"/camunda/app/cockpit/default/#/process-instance/" + request.processInstance() + "/runtime");
	}

	/** The steps the request is at, by name; or the step it waits after. */
	private static Bilingual reason(Forecaster.Live live) {
		Map<String, String> names = live.request().stepNames();
		String state = live.state();
		String steps = state.substring(state.indexOf(" | ") + 3);
		if (steps.startsWith("after ")) {
			Bilingual step = name(names, steps.substring(6));
			return new Bilingual(Texts.of("insight.prediction.waiting", step.th()).th(),
					Texts.of("insight.prediction.waiting", step.en()).en());
		}
		List<Bilingual> named = java.util.Arrays.stream(steps.split(" \\+ ")).map(step -> name(names, step)).toList();
		return new Bilingual(String.join(" + ", named.stream().map(Bilingual::th).toList()),
				String.join(" + ", named.stream().map(Bilingual::en).toList()));
	}

	private static Bilingual name(Map<String, String> names, String step) {
		String name = names.get(step);
		return name == null ? new Bilingual(step, step) : Bilingual.parse(name);
	}

}
