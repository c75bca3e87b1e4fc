package org.cirm.servicerequest.internal.elderly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** The elderly allowance eligibility table, rule by rule, with its edges. */
class EligibilityTableTest {

	private static final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static DmnDecision table;

	@BeforeAll
	static void readTheTable() throws IOException {
		try (InputStream model = new ClassPathResource("processes/elderly-allowance/elderly-allowance-eligibility.dmn")
			.getInputStream()) {
			table = dmn.parseDecision(ElderlyAllowanceProcess.ELIGIBILITY_DECISION, model);
		}
	}

	@ParameterizedTest(name = "alive={0} age={1} pension={2} -> {3}")
	@CsvSource({ "true, 60, false, ELIGIBLE", "true, 85, false, ELIGIBLE", "true, 59, false, TOO_YOUNG",
			"true, 60, true, RECEIVES_GOVERNMENT_PENSION", "true, 59, true, TOO_YOUNG", "false, 70, false, DECEASED",
			"false, 50, true, DECEASED" })
	void decidesByTheRegistriesAnswers(boolean alive, long age, boolean pension, String eligibility) {
		String result = dmn
			.evaluateDecision(table,
					Variables.createVariables()
						.putValue("alive", alive)
						.putValue("age", age)
						.putValue("receivesGovernmentPension", pension))
			.getSingleResult()
			.getEntry("eligibility");

		assertThat(result).isEqualTo(eligibility);
	}

}
