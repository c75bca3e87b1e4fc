package org.cirm.servicerequest.internal.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** The complaint routing table, rule by rule. */
class ComplaintRoutingTableTest {

	private static final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static DmnDecision table;

	@BeforeAll
	static void readTheTable() throws IOException {
		try (InputStream model = new ClassPathResource("processes/complaint/complaint-routing.dmn").getInputStream()) {
			table = dmn.parseDecision(ComplaintProcess.ROUTING_DECISION, model);
		}
	}

	@ParameterizedTest(name = "{0} in {1} -> {2} {3}")
	@CsvSource(nullValues = "NULL", value = { "ROAD_AND_TRAFFIC, CHIANG_MAI, AGENCY, municipality",
			"ROAD_AND_TRAFFIC, BANGKOK, AGENCY, municipality", "PUBLIC_NUISANCE, SONGKHLA, AGENCY, municipality",
			"ENVIRONMENT, OTHER, AGENCY, municipality", "PUBLIC_SERVICE, BANGKOK, AGENCY, municipality",
			"PUBLIC_SERVICE, KHON_KAEN, AGENCY, dopa", "PUBLIC_SERVICE, OTHER, AGENCY, dopa",
			"OFFICER_CONDUCT, BANGKOK, TRIAGE, complaint-centre", "OTHER, PHUKET, TRIAGE, complaint-centre",
			"ROAD_AND_TRAFFIC, NULL, TRIAGE, complaint-centre", "PUBLIC_SERVICE, '', TRIAGE, complaint-centre" })
	void routesByCategoryAndProvince(String category, String province, String routing, String agency) {
		DmnDecisionResultEntries result = dmn
			.evaluateDecision(table,
					Variables.createVariables().putValue("category", category).putValue("province", province))
			.getSingleResult();

		assertThat((String) result.getEntry("routing")).isEqualTo(routing);
		assertThat((String) result.getEntry("responsibleAgency")).isEqualTo(agency);
	}

}
