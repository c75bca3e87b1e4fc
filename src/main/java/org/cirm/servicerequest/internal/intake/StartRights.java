package org.cirm.servicerequest.internal.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.cirm.platform.AccessPolicy;
import org.cirm.platform.ParsedModelProperties;
import org.cirm.platform.Roles;
import org.cirm.platform.StartupStep;
import org.cirm.servicerequest.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may start a public service comes from its model, never from Java: the counter group
 * when {@code service.channels} lists COUNTER, the hotline group for HOTLINE, the
 * officers of the owning agency ({@code service.agency}), and any group named in
 * {@code service.startableBy}. The engine's {@code CREATE_INSTANCE} grants are set to
 * exactly these when a version is deployed (at start-up, or by a process owner from
 * Modeler over REST, in the deployment's own transaction) and again on every start, so a
 * version that drops a channel withdraws that group's right.
 */
@Component
@Order(25)
class StartRights extends AbstractProcessEnginePlugin implements StartupStep {

	private static final Logger log = LoggerFactory.getLogger(StartRights.class);

	/** The parsed rights of a service's process definition. */
	private static final String GROUPS = "cirm.startRights";

	private final AccessPolicy access;

	private final RepositoryService repository;

	StartRights(@Lazy AccessPolicy access, @Lazy RepositoryService repository) {
		this.access = access;
		this.repository = repository;
	}

	/** The groups the model lets start the service; empty for a process that is none. */
	static Set<String> groupsOf(Map<String, String> properties) {
		String agency = properties.get("service.agency");
		Set<String> groups = new LinkedHashSet<>();
		for (String channel : list(properties.get("service.channels"))) {
			if (Channel.COUNTER.asModelChannel().equalsIgnoreCase(channel)) {
				groups.add(Roles.COUNTER);
			}
			else if (Channel.HOTLINE.asModelChannel().equalsIgnoreCase(channel)) {
				groups.add(Roles.HOTLINE);
			}
		}
		if (agency != null && !agency.isBlank()) {
			groups.add(Roles.agencyGroup(agency.strip()));
		}
		groups.addAll(list(properties.get("service.startableBy")));
		return groups;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>(configuration.getCustomPostBPMNParseListeners() == null
				? List.of() : configuration.getCustomPostBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {

			@Override
			public void parseProcess(Element element, ProcessDefinitionEntity process) {
				Map<String, String> properties = ParsedModelProperties.of(element);
				if (properties.containsKey("service.code")) {
					process.setProperty(GROUPS, groupsOf(properties));
				}
			}

		});
		configuration.setCustomPostBPMNParseListeners(listeners);
		List<Deployer> deployers = new ArrayList<>(
				configuration.getCustomPostDeployers() == null ? List.of() : configuration.getCustomPostDeployers());
		deployers.add(this::deployed);
		configuration.setCustomPostDeployers(deployers);
	}

	/**
	 * A new deployment sets its services' rights in its own transaction, whoever deploys
	 * (a process owner may deploy but not grant, so the check is the deployment's own).
	 * Deployers also run when a node loads a known deployment into its cache: nothing to
	 * do then.
	 */
	private void deployed(DeploymentEntity deployment) {
		if (!deployment.isNew() || deployment.getDeployedProcessDefinitions() == null) {
			return;
		}
		ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
		AccessPolicy engineAccess = AccessPolicy.of(engine.getIdentityService(), engine.getAuthorizationService(),
				engine.getFilterService());
		Context.getCommandContext().runWithoutAuthorization(() -> {
			grant(engineAccess, deployment.getDeployedProcessDefinitions());
			return null;
		});
	}

	/** On every start: the latest version of every service decides. */
	@Override
	public void run() {
		grant(this.access,
				this.repository.createProcessDefinitionQuery()
					.latestVersion()
					.list()
					.stream()
					.map(definition -> this.repository.getProcessDefinition(definition.getId()))
					.toList());
	}

	/**
	 * Sets each service's rights; each group's right to create instances at all is
	 * granted once (in one engine command, a second grant would not see the first).
	 */
	@SuppressWarnings("unchecked")
	private static void grant(AccessPolicy access, List<? extends ProcessDefinition> definitions) {
		Set<String> starters = new LinkedHashSet<>();
		for (ProcessDefinition definition : definitions) {
			if (definition instanceof ProcessDefinitionEntity parsed
					&& parsed.getProperty(GROUPS) instanceof Set<?> groups) {
				access.allowStartExactly(definition.getKey(), (Set<String>) groups);
				starters.addAll((Set<String>) groups);
				log.debug("{} version {} may be started by {}", definition.getKey(), definition.getVersion(), groups);
			}
		}
		starters.forEach(access::allowCreatingInstances);
	}

	private static List<String> list(String value) {
		return value == null ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

}
