package org.cirm.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.cirm.catalog.CitizensManual;
import org.cirm.platform.Bilingual;
import org.cirm.platform.ModelProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every service in {@code processes/} carries a complete Citizen's Manual (Licensing
 * Facilitation Act section 7): every fact in Thai and English, every step with its agency
 * and time limit, and steps that fit in the service's overall time limit.
 */
class ServiceModelsTest {

	private static final Set<String> CHANNELS = Set.of("COUNTER", "HOTLINE", "WEB");

	static Stream<Resource> models() throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn"));
	}

	@ParameterizedTest
	@MethodSource("models")
	void theManualStatesEveryFactTheLawAsksFor(Resource model) {
		CitizensManual manual = Models.manualOf(Models.read(model)).orElseThrow();

		assertThat(manual.code()).matches("[a-z]+(-[a-z]+)*");
		for (Bilingual text : new Bilingual[] { manual.name(), manual.description(), manual.legalBasis(),
				manual.eligibility(), manual.complaintChannel() }) {
			assertThat(text.th()).as(manual.code()).isNotBlank().isNotEqualTo(text.en());
			assertThat(text.en()).as(manual.code()).isNotBlank();
		}
		assertThat(manual.owner()).isNotNull();
		assertThat(manual.channels()).isNotEmpty().allMatch(CHANNELS::contains);
		assertThat(manual.documents()).isNotEmpty();
		assertThat(manual.timeLimitDays()).isPositive();
		assertThat(manual.stepDays()).as("the steps fit in the service's time limit")
			.isLessThanOrEqualTo(manual.timeLimitDays());
	}

	@ParameterizedTest
	@MethodSource("models")
	void everyStepOfAnOfficerOrAnAgencysSystemIsInTheManualWithItsAgencyAndTimeLimit(Resource model) {
		BpmnModelInstance bpmn = Models.read(model);
		CitizensManual manual = Models.manualOf(bpmn).orElseThrow();
		// Automatic steps (a routing table, a transfer) take no one's time; a wait for
		// the
		// applicant (their clock paused, e.g. the restaurant's missing documents) is
		// theirs.
		var userTasks = bpmn.getModelElementsByType(UserTask.class)
			.stream()
			.filter(task -> !"paused".equals(ModelProperties.of(task).first("sla.clock").orElse("")));
		var externalTasks = bpmn.getModelElementsByType(ServiceTask.class)
			.stream()
			.filter(task -> "external".equals(task.getCamundaType()));
		Stream<String> tasks = Stream.concat(userTasks, externalTasks).map(task -> task.getId());

		assertThat(manual.steps()).extracting(CitizensManual.Step::id).containsAll(tasks.toList());
		assertThat(manual.steps()).allSatisfy(step -> {
			assertThat(step.agency()).as(step.id()).isNotNull();
			assertThat(step.timeLimitDays()).as(step.id()).isPositive();
			assertThat(step.description().en()).as(step.id()).isNotBlank();
		});
	}

	@ParameterizedTest
	@MethodSource("models")
	void theServicesClockStopsAtADecisionStepOfTheModel(Resource model) {
		BpmnModelInstance bpmn = Models.read(model);
		Process process = bpmn.getModelElementsByType(Process.class).iterator().next();
		String decision = process.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.singleResult()
			.getCamundaProperties()
			.stream()
			.filter(property -> "service.decision".equals(property.getCamundaName()))
			.map(CamundaProperty::getCamundaValue)
			.findFirst()
			.orElse(null);

		assertThat(decision).as("service.decision: where the time limit of section 10 ends").isNotNull();
		assertThat((Object) bpmn.getModelElementById(decision)).as(decision).isInstanceOf(FlowNode.class);
	}

}
