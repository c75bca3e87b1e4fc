package org.cirm.servicerequest.internal.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.cirm.platform.Texts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Refuses a deployment whose public service fails the {@link ModelCheck}, before the
 * engine parses it, with the whole list: over REST (Camunda Modeler, a CI job) the answer
 * is a 400 ParseException whose details name every problem, and nothing is deployed (one
 * INFO line in the log, no stack trace).
 */
@Component
class ModelGate extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(ModelGate.class);

	private final ModelCheck check;

	private final boolean refuse;

	/**
	 * @param mode {@code refuse} (the default), or {@code warn} to deploy anyway and log
	 * the problems (for a platform's own test models, never in production)
	 */
	ModelGate(@Lazy ModelCheck check, @Value("${cirm.models.check:refuse}") String mode) {
		this.check = check;
		this.refuse = !"warn".equalsIgnoreCase(mode);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = new ArrayList<>(
				configuration.getCustomPreDeployers() == null ? List.of() : configuration.getCustomPreDeployers());
		deployers.add(this::deploying);
		configuration.setCustomPreDeployers(deployers);
	}

	private void deploying(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getResources() == null) {
			return;
		}
		Map<String, byte[]> resources = new LinkedHashMap<>();
		deployment.getResources()
			.forEach((name, resource) -> resources.put(name, ((ResourceEntity) resource).getBytes()));
		List<ModelCheck.Problem> problems = Context.getCommandContext()
			.runWithoutAuthorization(
					() -> this.check.check(resources, Context.getProcessEngineConfiguration().getIdentityService()));
		if (problems.isEmpty()) {
			return;
		}
		if (!this.refuse) {
			log.warn("Deployed {} with {} problem(s) (cirm.models.check=warn)", deployment.getName(), problems.size());
			return;
		}
		String resource = problems.get(0).resource();
		List<org.camunda.bpm.engine.Problem> errors = problems.stream().map(ModelGate::engineProblem).toList();
		throw new ParseException(
				Texts.of("model.refused", problems.size()).toString() + ": "
						+ String.join("; ", errors.stream().map(org.camunda.bpm.engine.Problem::getMessage).toList()),
				resource, errors, List.of());
	}

	private static org.camunda.bpm.engine.Problem engineProblem(ModelCheck.Problem problem) {
		String where = problem.element() == null ? problem.resource() : problem.resource() + " " + problem.element();
		String message = where + ": " + problem.th() + " / " + problem.en();
		return new org.camunda.bpm.engine.Problem() {

			@Override
			public String getMessage() {
				return message;
			}

			@Override
			public int getLine() {
				return 0;
			}

			@Override
			public int getColumn() {
				return 0;
			}

			@Override
			public String getMainElementId() {
				return problem.element();
			}

			@Override
			public List<String> getElementIds() {
				return problem.element() == null ? List.of() : List.of(problem.element());
			}

		};
	}

}
