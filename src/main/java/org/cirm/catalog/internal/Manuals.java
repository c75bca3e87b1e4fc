package org.cirm.catalog.internal;

import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
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

}
