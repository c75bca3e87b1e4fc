package org.cirm.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.cirm.catalog.CitizensManual;
import org.cirm.platform.Bilingual;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** Manuals read straight from model files, as if deployed as version 1. */
final class Models {

	private Models() {
	}

	static BpmnModelInstance read(Resource model) {
		try (InputStream bpmn = model.getInputStream()) {
			return Bpmn.readModelFromStream(bpmn);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	static CitizensManual manualOf(String classpathModel) {
		return manualOf(read(new ClassPathResource(classpathModel))).orElseThrow();
	}

	static java.util.Optional<CitizensManual> manualOf(BpmnModelInstance model) {
		Process process = model.getModelElementsByType(Process.class).iterator().next();
		var definition = new ProcessDefinitionEntity();
		definition.setId(process.getId() + ":1:test");
		definition.setKey(process.getId());
		definition.setVersion(1);
		return new ManualReader(agency -> new Bilingual("หน่วยงาน " + agency, "Agency " + agency)).read(definition,
				model);
	}

}
