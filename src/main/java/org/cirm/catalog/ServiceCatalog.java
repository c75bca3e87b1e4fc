package org.cirm.catalog;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.cirm.catalog.internal.Diagrams;
import org.cirm.catalog.internal.ManualChanges;
import org.cirm.catalog.internal.Manuals;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Roles;
import org.springframework.stereotype.Component;

/**
 * The public services, read from the deployed process models: the latest version of each
 * model that declares a service code, and the Citizen's Manual of any version. A process
 * owner adds a service by deploying a model; nothing here changes. A version's manual is
 * read once (a deployed version never changes), and the list of services is kept between
 * deployments ({@link CatalogEnginePlugin}).
 */
@Component
public class ServiceCatalog {

	private final RepositoryService repository;

	private final IdentityService identity;

	private final Manuals manuals;

	private final Map<String, Optional<CitizensManual>> byDefinition = new ConcurrentHashMap<>();

	private final Map<String, Diagram> diagrams = new ConcurrentHashMap<>();

	/** How long the list of services is used before it is read again. */
	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private record Listed(List<CitizensManual> services, long parsed, long at) {
	}

	private final CatalogEnginePlugin models;

	private volatile Listed listed;

	ServiceCatalog(RepositoryService repository, IdentityService identity, CatalogEnginePlugin models) {
		this.repository = repository;
		this.models = models;
		this.identity = identity;
		this.manuals = new Manuals(repository, agency -> agencyName(identity, agency));
	}

	/**
	 * Every service, by its Thai name. Read again after a deployment on this node, and at
	 * least every {@link #FRESH_FOR} for those on other nodes and for suspended models.
	 */
	public List<CitizensManual> services() {
		Listed current = this.listed;
		long parsed = this.models.parsed();
		if (current != null && current.parsed() == parsed && System.nanoTime() - current.at() < FRESH_FOR.toNanos()) {
			return current.services();
		}
		List<CitizensManual> services = latestDefinitions().stream()
			.map(this::manualOf)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(manual -> manual.name().th()))
			.toList();
		this.listed = new Listed(services, parsed, System.nanoTime());
		return services;
	}

	/**
	 * The latest active version of every model, whoever asks: the list is shared, so an
	 * officer's engine authorizations must not narrow it.
	 */
	private List<ProcessDefinition> latestDefinitions() {
		Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return this.repository.createProcessDefinitionQuery().latestVersion().active().list();
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

	/** The manual of the service's latest version. */
	public Optional<CitizensManual> manual(String code) {
		return services().stream().filter(manual -> manual.code().equals(code)).findFirst();
	}

	/** The manual of one version, e.g. the one a request started on. */
	public Optional<CitizensManual> manual(String code, int version) {
		if (version < 1) {
			// The engine refuses a version below 1 outright; there is simply no such
			// version.
			return Optional.empty();
		}
		return keyOf(code)
			.map(key -> this.repository.createProcessDefinitionQuery()
				.processDefinitionKey(key)
				.processDefinitionVersion(version)
				.singleResult())
			.flatMap(this::manualOf);
	}

	/** The manual of the process definition a request runs on. */
	public Optional<CitizensManual> manualOf(String processDefinitionId) {
		// A definition never changes once deployed; the engine's look-up by id reads the
		// database each time.
		Optional<CitizensManual> known = this.byDefinition.get(processDefinitionId);
		return known != null ? known : manualOf(this.repository.getProcessDefinition(processDefinitionId));
	}

	/** What changed in this version against the one before it (empty for the first). */
	public List<Bilingual> changes(CitizensManual manual) {
		if (manual.version() == 1) {
			return List.of();
		}
		return manual(manual.code(), manual.version() - 1).map(previous -> ManualChanges.between(previous, manual))
			.orElse(List.of());
	}

	/** The diagram of this version of a service, as its model draws it (read once). */
	public Diagram diagramOf(String processDefinitionId) {
		return this.diagrams.computeIfAbsent(processDefinitionId,
				id -> Diagrams.of(this.repository.getBpmnModelInstance(id)));
	}

	/**
	 * The manual a model would give once deployed, for checking it before it goes live
	 * (also while a deployment runs, with that engine's identity service).
	 * @throws RuntimeException when the model states a fact that cannot be read
	 */
	public static Optional<CitizensManual> preview(BpmnModelInstance model, IdentityService identity) {
		return Manuals.preview(model, agency -> agencyName(identity, agency));
	}

	/** An agency's name by its code, as its officers' group names it. */
	public Bilingual agencyName(String code) {
		return agencyName(this.identity, code);
	}

	private Optional<String> keyOf(String code) {
		return manual(code).map(latest -> this.repository.getProcessDefinition(latest.processDefinitionId()).getKey());
	}

	private Optional<CitizensManual> manualOf(ProcessDefinition definition) {
		return this.byDefinition.computeIfAbsent(definition.getId(), id -> this.manuals.read(definition));
	}

	private static Bilingual agencyName(IdentityService identity, String agency) {
		Group group = identity.createGroupQuery().groupId(Roles.agencyGroup(agency)).singleResult();
		return group == null ? new Bilingual(agency, agency) : Bilingual.parse(group.getName());
	}

}
