package org.cirm.catalog.internal;

import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.cirm.catalog.CitizensManual;
import org.cirm.platform.Bilingual;

/** Reads a deployed process definition's manual from its model. */
public final class Manuals {

	private final RepositoryService repository;

	private final ManualReader reader;

	public Manuals(RepositoryService repository, Function<String, Bilingual> agencyNames) {
		this.repository = repository;
		this.reader = new ManualReader(agencyNames);
	}

	public Optional<CitizensManual> read(ProcessDefinition definition) {
		if (definition == null) {
			return Optional.empty();
		}
		return this.reader.read(definition, this.repository.getBpmnModelInstance(definition.getId()));
	}

	/**
	 * The manual a model not yet deployed would give, as its next version; empty when it
	 * declares no service.
	 * @throws RuntimeException when the model states a fact the reader cannot read (a
	 * time limit or a fee that is not a number, a document without its source)
	 */
	public static Optional<CitizensManual> preview(BpmnModelInstance model, Function<String, Bilingual> agencyNames) {
		Process process = model.getModelElementsByType(Process.class).stream().findFirst().orElse(null);
		if (process == null) {
			return Optional.empty();
		}
		ProcessDefinitionEntity definition = new ProcessDefinitionEntity();
		definition.setId(process.getId() + ":preview");
		definition.setKey(process.getId());
		definition.setVersion(0);
		return new ManualReader(agencyNames).read(definition, model);
	}

}
