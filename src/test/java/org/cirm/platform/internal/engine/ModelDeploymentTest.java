package org.cirm.platform.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CirmWebTest
class ModelDeploymentTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ModelDeployment deployment;

	@Test
	void deploysProcessesAndFormsTogetherUnderTheirPaths() {
		Deployment deployed = latest();

		assertThat(repository().getDeploymentResourceNames(deployed.getId())).contains(
				"processes/complaint/complaint.bpmn", "forms/complaint/complaint-start.form",
				"forms/complaint/complaint-triage.form", "forms/complaint/complaint-handle.form",
				"forms/complaint/complaint-review.form");
	}

	@Test
	void deploysNothingNewWhenNothingChanged() {
		long before = deployments();

		this.deployment.postProcessEngineBuild(this.engine);

		assertThat(deployments()).isEqualTo(before);
	}

	@Test
	void findsTheStartFormReleasedWithTheProcess() throws Exception {
		ProcessDefinition complaint = repository().createProcessDefinitionQuery()
			.processDefinitionKey("ComplaintProcess")
			.latestVersion()
			.singleResult();

		try (InputStream form = this.engine.getFormService().getDeployedStartForm(complaint.getId())) {
			assertThat(new String(form.readAllBytes())).contains("\"id\": \"complaint-start\"");
		}
	}

	private Deployment latest() {
		return repository().createDeploymentQuery()
			.deploymentName(ModelDeployment.DEPLOYMENT_NAME)
			.orderByDeploymentTime()
			.desc()
			.list()
			.get(0);
	}

	private long deployments() {
		return repository().createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count();
	}

	private RepositoryService repository() {
		return this.engine.getRepositoryService();
	}

}
