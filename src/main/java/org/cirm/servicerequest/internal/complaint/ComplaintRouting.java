package org.cirm.servicerequest.internal.complaint;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.Routing;
import org.springframework.stereotype.Component;

/**
 * Evaluates the routing table of the deployment the case runs on (so a case keeps the
 * rules it started with while a new table is deployed), by the complaint's category and
 * province.
 */
@Component
class ComplaintRouting {

	/** What the table says. */
	record Decision(Routing routing, String responsibleAgency) {
	}

	private final DecisionService decisions;

	private final RepositoryService repository;

	ComplaintRouting(DecisionService decisions, RepositoryService repository) {
		this.decisions = decisions;
		this.repository = repository;
	}

	Decision decide(DelegateExecution complaint) {
		String deployment = this.repository.getProcessDefinition(complaint.getProcessDefinitionId()).getDeploymentId();
		String table = this.repository.createDecisionDefinitionQuery()
			.deploymentId(deployment)
			.decisionDefinitionKey(ComplaintProcess.ROUTING_DECISION)
			.singleResult()
			.getId();
		DmnDecisionResultEntries result = this.decisions.evaluateDecisionById(table)
			.variables(Variables.createVariables()
				.putValue("category", ComplaintProcess.CATEGORY.from(complaint).name())
				.putValue("province", ComplaintProcess.PROVINCE.optionalFrom(complaint).map(Enum::name).orElse(null)))
			.evaluate()
			.getSingleResult();
		return new Decision(Routing.valueOf(result.getEntry("routing")), result.getEntry("responsibleAgency"));
	}

}
