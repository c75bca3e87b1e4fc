package org.cirm.insight.internal.dashboard;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cirm.catalog.Diagram;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.insight.internal.InsightFilter;
import org.cirm.insight.internal.InsightScope;
import org.cirm.servicerequest.Channel;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The managers' dashboard at {@code /officer/insight}: every report of
 * {@link InsightQueries} for the filter, as tables with charts, each downloadable as CSV
 * at {@code /officer/insight/<report>.csv} with the same filter.
 */
@Controller
class InsightPage {

	private static final int MOST_ALERTS = 200;

	/**
	 * How each report's chart reads its table: the label column, the value columns,
	 * whether rows with the same label add up and whether bars stack (insight.js).
	 */
	private static final Map<String, String> CHARTS = Map.of("volume", "label=0;values=3,4;sum", "backlog",
			"label=0;values=2,3,4;stack", "compliance-service", "label=0;values=3", "compliance-step",
			"label=1;values=4", "compliance-agency", "label=0;values=3", "handling", "label=1;values=3,4",
			"satisfaction-service", "label=0;values=2", "satisfaction-step", "label=1;values=3", "satisfaction-agency",
			"label=0;values=2", "disputes", "label=0;values=3");

	private final InsightQueries queries;

	private final Names names;

	private final ServiceCatalog catalog;

	InsightPage(InsightQueries queries, Names names, ServiceCatalog catalog) {
		this.queries = queries;
		this.names = names;
		this.catalog = catalog;
	}

	@GetMapping("/officer/insight")
	String dashboard(InsightFilter asked, Authentication officer, Model model) {
		InsightFilter filter = InsightScope.of(officer, asked);
		model.addAttribute("filter", filter);
		model.addAttribute("seesAll", InsightScope.seesAll(officer));
		model.addAttribute("services", this.names.services());
		model.addAttribute("agencies", this.names.agencies());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("tables", tables(filter));
		model.addAttribute("charts", CHARTS);
		model.addAttribute("query", filter.asQuery());
		if (filter.service() != null) {
			this.catalog.manual(filter.service()).ifPresent(manual -> {
				Diagram diagram = this.catalog.diagramOf(manual.processDefinitionId());
				model.addAttribute("heat", Heat.of(diagram, this.queries.heat(filter)));
			});
		}
		return "insight/dashboard";
	}

	@GetMapping("/officer/insight/{report}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String report, InsightFilter asked, Authentication officer) {
		InsightFilter filter = InsightScope.of(officer, asked);
		Function<InsightFilter, Table> query = reports().get(report);
		if (query == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such report");
		}
		return query.apply(filter).download("cirm-" + report + "-" + filter.from() + "-" + filter.to() + ".csv");
	}

	private List<Table> tables(InsightFilter filter) {
		return reports().values().stream().map(report -> report.apply(filter)).toList();
	}

	/** Every report by its id, in the order the page shows them. */
	private Map<String, Function<InsightFilter, Table>> reports() {
		Map<String, Function<InsightFilter, Table>> reports = new LinkedHashMap<>();
		reports.put("volume", this.queries::volume);
		reports.put("backlog", filter -> this.queries.backlog(filter, Instant.now()));
		reports.put("alerts", filter -> this.queries.alerts(filter, MOST_ALERTS));
		reports.put("compliance-service", this.queries::complianceByService);
		reports.put("compliance-step", this.queries::complianceByStep);
		reports.put("compliance-agency", this.queries::complianceByAgency);
		reports.put("handling", this.queries::handlingTimes);
		reports.put("satisfaction-service", this.queries::satisfactionByService);
		reports.put("satisfaction-step", this.queries::satisfactionByStep);
		reports.put("satisfaction-agency", this.queries::satisfactionByAgency);
		reports.put("disputes", this.queries::disputes);
		return reports;
	}

}
