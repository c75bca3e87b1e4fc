package org.cirm.catalog.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.CitizensManual.AgencyRef;
import org.cirm.catalog.CitizensManual.Document;
import org.cirm.catalog.CitizensManual.Source;
import org.cirm.catalog.CitizensManual.Stage;
import org.cirm.catalog.CitizensManual.Step;
import org.cirm.platform.Bilingual;
import org.cirm.platform.ModelProperties;
import org.cirm.platform.Texts;

/**
 * Reads the Citizen's Manual out of a BPMN model. The process carries the service's facts
 * as extension properties ({@code service.*}); each step carries {@code step.agency} and
 * {@code step.timeLimit} (working days); names and documentation are
 * {@code "ไทย / English"}. A process without {@code service.code} is not a public service
 * and has no manual.
 */
final class ManualReader {

	static final String CODE = "service.code";

	static final String STEP_TIME_LIMIT = "step.timeLimit";

	/** The agency chosen while the case runs (e.g. by triage or a routing table). */
	static final String RESPONSIBLE = "RESPONSIBLE";

	private final Function<String, Bilingual> agencyNames;

	ManualReader(Function<String, Bilingual> agencyNames) {
		this.agencyNames = agencyNames;
	}

	Optional<CitizensManual> read(ProcessDefinition definition, BpmnModelInstance model) {
		Process process = model.getModelElementById(definition.getKey());
		ModelProperties service = ModelProperties.of(process);
		if (!service.has(CODE)) {
			return Optional.empty();
		}
		List<Stage> stages = new StepOrder(ManualReader::isStep, drawnAt(model)).stagesOf(process)
			.stream()
			.map(branches -> new Stage(
					branches.stream().map(branch -> branch.stream().map(this::step).toList()).toList()))
			.toList();
		return Optional.of(new CitizensManual(service.first(CODE).orElseThrow(), definition.getVersion(),
				definition.getId(), Bilingual.parse(process.getName()),
				Bilingual.parse(ModelProperties.documentationOf(process)), agency(service.first("service.agency")),
				text(service, "service.legalBasis"), text(service, "service.eligibility"), channels(service),
				new CitizensManual.Fee(Long.parseLong(service.first("service.fee").orElse("0"))),
				service.all("service.document").stream().map(ManualReader::document).toList(), stages,
				Integer.parseInt(service.first("service.timeLimit").orElse("0")), CitizensManual.daysOf(stages),
				text(service, "service.complaintChannel")));
	}

	private static Map<String, Double> drawnAt(BpmnModelInstance model) {
		return model.getModelElementsByType(BpmnShape.class)
			.stream()
			.filter(shape -> shape.getBpmnElement() != null && shape.getBounds() != null)
			.collect(Collectors.toMap(shape -> shape.getBpmnElement().getId(), shape -> shape.getBounds().getX(),
					(first, second) -> first));
	}

	static boolean isStep(FlowNode node) {
		return ModelProperties.of(node).has(STEP_TIME_LIMIT);
	}

	private Step step(FlowNode node) {
		ModelProperties step = ModelProperties.of(node);
		return new Step(node.getId(), Bilingual.parse(node.getName()),
				Bilingual.parse(ModelProperties.documentationOf(node)), agency(step.first("step.agency")),
				Integer.parseInt(step.first(STEP_TIME_LIMIT).orElseThrow()));
	}

	private AgencyRef agency(Optional<String> code) {
		return code.map(agency -> new AgencyRef(agency,
				RESPONSIBLE.equals(agency) ? Texts.of("manual.responsible-agency") : this.agencyNames.apply(agency)))
			.orElse(null);
	}

	private static Bilingual text(ModelProperties properties, String name) {
		return Bilingual.parse(properties.first(name).orElse(""));
	}

	private static List<String> channels(ModelProperties service) {
		return service.first("service.channels")
			.map(channels -> Arrays.stream(channels.split(",")).map(String::strip).toList())
			.orElse(List.of());
	}

	/** {@code "CITIZEN_BRINGS: บัตรประจำตัวประชาชน / National ID card"}. */
	private static Document document(String value) {
		int colon = value.indexOf(':');
		return new Document(Bilingual.parse(value.substring(colon + 1)),
				Source.valueOf(value.substring(0, colon).strip()));
	}

}
