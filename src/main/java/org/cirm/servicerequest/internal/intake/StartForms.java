package org.cirm.servicerequest.internal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

import org.springframework.stereotype.Component;

/**
 * Finds the start form a process version was deployed with: the {@code camunda:formRef}
 * of its start event, among the forms of the same deployment.
 */
@Component
class StartForms {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RepositoryService repository;

	private final Map<String, StartForm> byDefinition = new ConcurrentHashMap<>();

	StartForms(RepositoryService repository) {
		this.repository = repository;
	}

	StartForm of(String processDefinitionId) {
		return this.byDefinition.computeIfAbsent(processDefinitionId, this::read);
	}

	private StartForm read(String processDefinitionId) {
		String formRef = this.repository.getBpmnModelInstance(processDefinitionId)
			.getModelElementsByType(StartEvent.class)
			.stream()
			.filter(start -> start.getParentElement() instanceof Process)
			.map(StartEvent::getCamundaFormRef)
			.filter(ref -> ref != null)
			.findFirst()
			.orElse(null);
		if (formRef == null) {
			// A service that asks nothing beyond the applicant: an empty form.
			return new StartForm(List.of());
		}
		ProcessDefinition definition = this.repository.getProcessDefinition(processDefinitionId);
		for (String name : this.repository.getDeploymentResourceNames(definition.getDeploymentId())) {
			if (name.endsWith(".form") && formRef.equals(idOf(definition.getDeploymentId(), name))) {
				try (InputStream form = this.repository.getResourceAsStream(definition.getDeploymentId(), name)) {
					return StartForm.read(form);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		throw new IllegalStateException("The form " + formRef + " is not deployed with " + processDefinitionId);
	}

	private String idOf(String deploymentId, String name) {
		try (InputStream form = this.repository.getResourceAsStream(deploymentId, name)) {
			return JSON.readTree(form).path("id").asText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
