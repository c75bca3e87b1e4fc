package org.cirm.servicerequest.internal.complaint;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.cirm.servicerequest.internal.DeployedDecisions;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.Routing;
import org.springframework.stereotype.Component;

/** The complaint routing table, asked by the complaint's category and province. */
@Component
class ComplaintRouting {

	/** What the table says. */
	record Decision(Routing routing, String responsibleAgency) {
	}

	private final DeployedDecisions decisions;

	ComplaintRouting(DeployedDecisions decisions) {
		this.decisions = decisions;
	}

	Decision decide(DelegateExecution complaint) {
		Map<String, Object> result = this.decisions
			.evaluate(complaint, ComplaintProcess.ROUTING_DECISION, Variables.createVariables()
				.putValue("category", ComplaintProcess.CATEGORY.from(complaint).name())
				.putValue("province", ComplaintProcess.PROVINCE.optionalFrom(complaint).map(Enum::name).orElse(null)));
		return new Decision(Routing.valueOf((String) result.get("routing")), (String) result.get("responsibleAgency"));
	}

}
