package org.cirm.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every model in {@code processes/} follows the conventions of STYLE.md, so that Cockpit,
 * the tracking page and the Citizen's Manual can show it and the engine can run it
 * safely.
 */
class ModelConventionsTest {

	private static final String READABLE_ID = "(Event|Task|Gateway|BoundaryEvent|SubProcess|Flow)_[A-Z][A-Za-z]+";

	/** A gateway reads one boolean or enum that a task or a DMN set, nothing more. */
	private static final String SIMPLE_CONDITION = "\\$\\{!?[a-z][A-Za-z]*( [!=]= '[A-Z_]+')?}";

	private static final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	static Stream<Resource> models() throws IOException {
		return Arrays.stream(resolver.getResources("classpath*:processes/**/*.bpmn"));
	}

	@ParameterizedTest
	@MethodSource("models")
	void processesAreExecutableWithAHistoryTimeToLive(Resource model) throws IOException {
		for (Process process : read(model).getModelElementsByType(Process.class)) {
			assertThat(process.getId()).endsWith("Process");
			assertThat(process.isExecutable()).isTrue();
			assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
			assertThat(process.getName()).as(process.getId()).isNotBlank();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyElementHasAReadableIdAndANameACitizenCouldRead(Resource model) throws IOException {
		for (FlowElement element : read(model).getModelElementsByType(FlowElement.class)) {
			assertThat(element.getId()).matches(READABLE_ID);
			if (element instanceof FlowNode) {
				assertThat(element.getName()).as(element.getId()).isNotBlank();
			}
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void userTasksHaveCandidateGroupsAndAFormOfTheSameDeployment(Resource model) throws IOException {
		Set<String> forms = formIds();
		for (UserTask task : read(model).getModelElementsByType(UserTask.class)) {
			assertThat(task.getCamundaCandidateGroups()).as(task.getId()).startsWith("agency-");
			assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
			assertThat(forms).as(task.getId()).contains(task.getCamundaFormRef());
		}
		for (StartEvent start : read(model).getModelElementsByType(StartEvent.class)) {
			if (start.getCamundaFormRef() != null) {
				assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
				assertThat(forms).contains(start.getCamundaFormRef());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void codeIsCalledOnlyThroughDelegateExpressions(Resource model) throws IOException {
		BpmnModelInstance bpmn = read(model);
		assertThat(bpmn.getModelElementsByType(ScriptTask.class)).isEmpty();
		for (ServiceTask task : bpmn.getModelElementsByType(ServiceTask.class)) {
			if ("external".equals(task.getCamundaType())) {
				// Pulled by an agency's worker: the topic names the agency
				// (<agency>.<work>).
				assertThat(task.getCamundaTopic()).as(task.getId()).matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");
			}
			else {
				assertThat(task.getCamundaDelegateExpression()).as(task.getId()).isNotBlank();
			}
		}
		for (CamundaExecutionListener listener : bpmn.getModelElementsByType(CamundaExecutionListener.class)) {
			assertThat(listener.getCamundaDelegateExpression()).isNotBlank();
		}
		for (CamundaTaskListener listener : bpmn.getModelElementsByType(CamundaTaskListener.class)) {
			assertThat(listener.getCamundaDelegateExpression()).isNotBlank();
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void gatewaysReadOneVariableAndNameEachWay(Resource model) throws IOException {
		for (SequenceFlow flow : read(model).getModelElementsByType(SequenceFlow.class)) {
			ConditionExpression condition = flow.getConditionExpression();
			if (condition != null) {
				assertThat(condition.getTextContent().trim()).as(flow.getId()).matches(SIMPLE_CONDITION);
				assertThat(flow.getName()).as(flow.getId()).isNotBlank();
			}
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void anEndThatSaysHowTheRequestEndedSaysItInTermsTrackingKnows(Resource model) throws IOException {
		// An end without request.outcome still deploys and reads "closed"; one with it
		// must
		// name an outcome the engine accepts.
		for (EndEvent end : read(model).getModelElementsByType(EndEvent.class)) {
			Map<String, String> properties = propertiesOf(end);
			if (properties.containsKey("request.outcome")) {
				assertThat(properties.get("request.outcome")).as(end.getId())
					.isIn("APPROVED", "REFUSED", "ANSWERED", "LAPSED", "WITHDRAWN", "NONE");
			}
			properties.forEach((name, value) -> {
				if (name.startsWith("outcome.show.")) {
					assertThat(name).as(end.getId()).matches("outcome\\.show\\.[a-z][A-Za-z]*");
					assertThat(value).as(name).contains(" / ");
				}
			});
		}
	}

	@ParameterizedTest
	@MethodSource("forms")
	void formsAreCamundaFormsForThisEngineWithCamelCaseKeys(Resource form) throws IOException {
		JsonNode json = new ObjectMapper().readTree(form.getInputStream());
		assertThat(json.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
		assertThat(json.path("executionPlatformVersion").asText()).startsWith("7.24");
		assertThat(form.getFilename()).isEqualTo(json.path("id").asText() + ".form");
		for (JsonNode component : json.path("components")) {
			if (component.has("key")) {
				assertThat(component.path("key").asText()).matches("[a-z][A-Za-z]*");
			}
		}
	}

	static Stream<Resource> forms() throws IOException {
		return Arrays.stream(resolver.getResources("classpath*:forms/**/*.form"));
	}

	private static Set<String> formIds() throws IOException {
		var json = new ObjectMapper();
		Collection<String> ids = forms().map(form -> {
			try (InputStream in = form.getInputStream()) {
				return json.readTree(in).path("id").asText();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(ids).doesNotHaveDuplicates();
		return ids.stream().collect(Collectors.toSet());
	}

	private static Map<String, String> propertiesOf(BaseElement element) {
		Map<String, String> properties = new HashMap<>();
		if (element.getExtensionElements() != null) {
			element.getExtensionElements()
				.getElementsQuery()
				.filterByType(CamundaProperties.class)
				.list()
				.forEach(list -> list.getCamundaProperties()
					.forEach(property -> properties.put(property.getCamundaName(), property.getCamundaValue())));
		}
		return properties;
	}

	private static BpmnModelInstance read(Resource model) throws IOException {
		try (InputStream in = model.getInputStream()) {
			return Bpmn.readModelFromStream(in);
		}
	}

}
