package org.cirm.servicerequest.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 *
 * <p>
 * A deployed table never changes, so its answer depends on its inputs alone: the answer
 * to each set of inputs is kept (ADR 0006). The FEEL engine builds its whole function
 * library on every evaluation, which made the complaint's routing a third of intake's
 * CPU; each request still records the answer in its own variables.
 */
@Component
public class DeployedDecisions {

	/** Answers kept at most; a table's inputs are a few codes, flags and numbers. */
	private static final int KEPT = 10_000;

	private final DecisionService decisions;

	private final RepositoryService repository;

	private final Map<String, String> tables = new ConcurrentHashMap<>();

	private final Map<Question, Map<String, Object>> answers = Collections
		.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Question, Map<String, Object>> eldest) {
				return size() > KEPT;
			}

		});

	public DeployedDecisions(DecisionService decisions, RepositoryService repository) {
		this.decisions = decisions;
		this.repository = repository;
	}

	private record Question(String table, Map<String, Object> inputs) {
	}

	/**
	 * The single result of the table, whose rules must leave no case without one: its
	 * output values by name.
	 */
	public Map<String, Object> evaluate(DelegateExecution execution, String decisionKey, VariableMap inputs) {
		String deployment = this.repository.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
		String table = this.tables.computeIfAbsent(deployment + "/" + decisionKey,
				key -> this.repository.createDecisionDefinitionQuery()
					.deploymentId(deployment)
					.decisionDefinitionKey(decisionKey)
					.singleResult()
					.getId());
		Question question = new Question(table, new HashMap<>(inputs));
		Map<String, Object> known = this.answers.get(question);
		if (known != null) {
			return known;
		}
		DmnDecisionResultEntries result = this.decisions.evaluateDecisionById(table)
			.variables(inputs)
			.evaluate()
			.getSingleResult();
		Map<String, Object> answer = Collections.unmodifiableMap(new HashMap<>(result.getEntryMap()));
		this.answers.put(question, answer);
		return answer;
	}

}
