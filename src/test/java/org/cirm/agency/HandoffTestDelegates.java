package org.cirm.agency;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.agency.internal.AgencyGateway;
import org.springframework.context.annotation.Bean;

/**
 * The delegates of {@code models/agency-handoff-test.bpmn}, shaped like a real service's:
 * read, hand off through {@link AgencyHandoffs}, write the answer. Registered only by the
 * tests that deploy that model.
 */
class HandoffTestDelegates {

	static final String SOMCHAI = "1101700230074";

	@Bean
	JavaDelegate registerBusinessTestDelegate(AgencyHandoffs handoffs, BusinessRegistry registry) {
		return execution -> {
			var registration = new BusinessRegistry.Registration(execution.getProcessBusinessKey(), SOMCHAI,
					"ครัวสมชาย", "Somchai Kitchen", "RESTAURANT", "Bangkok");
			execution.setVariable("registrationNumber",
					handoffs.send(execution, registry.register(), registration).registrationNumber());
		};
	}

	/**
	 * Calls the connector the variable {@code connector} names, as the connector tests
	 * describe it.
	 */
	@Bean
	@SuppressWarnings("unchecked")
	JavaDelegate callAgencyTestDelegate(AgencyHandoffs handoffs, AgencyGateway gateway, AgencyDirectory directory) {
		Connectors connectors = Connectors.of(gateway, directory);
		return execution -> {
			AgencyConnectorsTest.Case connector = AgencyConnectorsTest.connectors()
				.filter(known -> known.name().equals(execution.getVariable("connector")))
				.findFirst()
				.orElseThrow();
			var operation = (AgencyOperation<Object, Object>) connector.operation().apply(connectors);
			execution.setVariable("answer", handoffs.send(execution, operation, connector.request()).toString());
		};
	}

	@Bean
	JavaDelegate applyForPermitTestDelegate(AgencyHandoffs handoffs, LocalAdministration municipality) {
		return execution -> {
			var application = new LocalAdministration.FoodPremisesApplication(execution.getProcessBusinessKey(),
					"ครัวสมชาย", "Bangkok", "Phra Nakhon", 80);
			execution.setVariable("applicationNumber",
					handoffs.send(execution, municipality.applyForFoodPermit(), application).applicationNumber());
		};
	}

}
