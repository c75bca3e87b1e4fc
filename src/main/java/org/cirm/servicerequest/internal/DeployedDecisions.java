package org.cirm.servicerequest.internal;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Evaluates a decision table deployed with the running case's model, so a case keeps the
 * rules it started with while a newer table is deployed (the models in {@code processes/}
 * are deployed together).
 */
@Component
public class DeployedDecisions {

	private final DecisionService decisions;

	private final RepositoryService repository;

	public DeployedDecisions(DecisionService decisions, RepositoryService repository) {
		this.decisions = decisions;
		this.repository = repository;
	}

	/** The single result of the table, whose rules must leave no case without one. */
	public DmnDecisionResultEntries evaluate(DelegateExecution execution, String decisionKey, VariableMap inputs) {
		String deployment = this.repository.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
		String table = this.repository.createDecisionDefinitionQuery()
			.deploymentId(deployment)
			.decisionDefinitionKey(decisionKey)
			.singleResult()
			.getId();
		return this.decisions.evaluateDecisionById(table).variables(inputs).evaluate().getSingleResult();
	}

}
