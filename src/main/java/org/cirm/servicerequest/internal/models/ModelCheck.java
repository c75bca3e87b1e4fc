package org.cirm.servicerequest.internal.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.cirm.agency.AgencyCalls;
import org.cirm.agency.AgencyDirectory;
import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.Bilingual;
import org.cirm.platform.ModelProperties;
import org.cirm.platform.Roles;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.Outcome;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a public service's models before they go live: the BPMN with the forms and
 * decision tables released with it. Answers every problem at once, each naming the
 * resource and element and saying in Thai and English what is wrong: the conventions that
 * let Cockpit, tracking and the Citizen's Manual show the model, the manual's
 * completeness, forms that are missing or malformed, agencies and groups nobody knows,
 * time limits that do not fit, and structural errors the engine would only meet at run
 * time. The same list refuses a deployment ({@link ModelGate}) and answers a process
 * owner's check ({@link ModelCheckApi}).
 */
@Component
public class ModelCheck {

	private static final Pattern READABLE_ID = Pattern
		.compile("(Event|Task|Gateway|BoundaryEvent|SubProcess|Flow)_[A-Z][A-Za-z0-9]*");

	/**
	 * A gateway reads one boolean or enum that a task or a decision set, nothing more.
	 */
	private static final Pattern SIMPLE_CONDITION = Pattern.compile("\\$\\{!?[a-z][A-Za-z0-9]*( [!=]= '[A-Z_]+')?}");

	private static final Pattern SERVICE_CODE = Pattern.compile("[a-z]+(-[a-z]+)*");

	private static final Pattern TOPIC = Pattern.compile("([a-z]+(-[a-z]+)*)\\.[a-z]+(-[a-z]+)*");

	private static final Pattern FORM_KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

	private static final Set<String> CHANNELS = Set.of("COUNTER", "HOTLINE", "WEB");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** One thing wrong, where it is, in Thai and English. */
	public record Problem(String resource, String element, String th, String en) {
	}

	private final AgencyDirectory agencies;

	private final AgencyCalls agencyCalls;

	ModelCheck(AgencyDirectory agencies, AgencyCalls agencyCalls) {
		this.agencies = agencies;
		this.agencyCalls = agencyCalls;
	}

	/**
	 * Every problem of the public services among these resources (name to content), with
	 * the forms and decisions released with them; empty when all may go live. Resources
	 * that declare no public service are left to the engine.
	 * @param identity the engine's, to know its groups (during a deployment, the
	 * deploying engine's own)
	 */
	public List<Problem> check(Map<String, byte[]> resources, IdentityService identity) {
		List<Problem> problems = new ArrayList<>();
		Map<String, JsonNode> forms = new HashMap<>();
		resources.forEach((name, content) -> {
			if (name.endsWith(".form")) {
				readForm(name, content, problems).ifPresent(form -> forms.put(form.path("id").asText(), form));
			}
		});
		resources.forEach((name, content) -> {
			if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
				checkDecisions(name, content, problems);
			}
		});
		resources.forEach((name, content) -> {
			if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
				readModel(name, content, problems).ifPresent(model -> {
					if (isPublicService(model)) {
						new ModelProblems(name, model, forms, identity, problems).check();
					}
				});
			}
		});
		return problems;
	}

	private Optional<JsonNode> readForm(String name, byte[] content, List<Problem> problems) {
		try {
			JsonNode form = JSON.readTree(content);
			String id = form.path("id").asText("");
			if (id.isEmpty()) {
				problems.add(problem(name, null, "model.form.id"));
				return Optional.empty();
			}
			if (!form.path("executionPlatform").asText().equals("Camunda Platform")
					|| !form.path("executionPlatformVersion").asText().startsWith("7.")) {
				problems.add(problem(name, id, "model.form.platform"));
			}
			// The fields' keys are the variables' names (a group's fields are named by
			// the group's own path, which is no variable).
			topLevelKeysOf(form.path("components")).stream()
				.filter(key -> !FORM_KEY.matcher(key).matches())
				.forEach(key -> problems.add(problem(name, key, "model.form.key", key)));
			return Optional.of(form);
		}
		catch (IOException unreadable) {
			problems.add(problem(name, null, "model.form.unreadable"));
			return Optional.empty();
		}
	}

	/** The engine refuses a decision without a history time to live, with a 500. */
	private static void checkDecisions(String name, byte[] content, List<Problem> problems) {
		try {
			Dmn.readModelFromStream(new ByteArrayInputStream(content))
				.getModelElementsByType(Decision.class)
				.stream()
				.filter(decision -> blank(decision.getCamundaHistoryTimeToLiveString()))
				.forEach(decision -> problems.add(problem(name, decision.getId(), "model.decision.history")));
		}
		catch (RuntimeException unreadable) {
			problems.add(problem(name, null, "model.decision.unreadable"));
		}
	}

	private static Optional<BpmnModelInstance> readModel(String name, byte[] content, List<Problem> problems) {
		try {
			return Optional.of(Bpmn.readModelFromStream(new ByteArrayInputStream(content)));
		}
		catch (RuntimeException unreadable) {
			problems.add(problem(name, null, "model.bpmn.unreadable"));
			return Optional.empty();
		}
	}

	private static boolean isPublicService(BpmnModelInstance model) {
		return model.getModelElementsByType(Process.class)
			.stream()
			.anyMatch(process -> propertiesOf(process).containsKey("service.code"));
	}

	private static List<String> topLevelKeysOf(JsonNode components) {
		List<String> keys = new ArrayList<>();
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
		}
		return keys;
	}

	static Map<String, String> propertiesOf(BaseElement element) {
		return ModelProperties.of(element).firstValues();
	}

	static Problem problem(String resource, String element, String key, Object... args) {
		Bilingual text = Texts.of(key, args);
		return new Problem(resource, element, text.th(), text.en());
	}

	/** The problems of one model. */
	private final class ModelProblems {

		private final String resource;

		private final BpmnModelInstance model;

		private final Map<String, JsonNode> forms;

		private final IdentityService identity;

		private final List<Problem> problems;

		ModelProblems(String resource, BpmnModelInstance model, Map<String, JsonNode> forms, IdentityService identity,
				List<Problem> problems) {
			this.resource = resource;
			this.model = model;
			this.forms = forms;
			this.identity = identity;
			this.problems = problems;
		}

		void check() {
			this.model.getModelElementsByType(Process.class).forEach(this::process);
			this.model.getModelElementsByType(FlowElement.class).forEach(this::names);
			this.model.getModelElementsByType(UserTask.class).forEach(this::userTask);
			this.model.getModelElementsByType(StartEvent.class).forEach(this::startForm);
			this.model.getModelElementsByType(ServiceTask.class).forEach(this::serviceTask);
			this.model.getModelElementsByType(ScriptTask.class).forEach(task -> add(task.getId(), "model.script-task"));
			this.model.getModelElementsByType(CamundaExecutionListener.class)
				.stream()
				.filter(listener -> blank(listener.getCamundaDelegateExpression()))
				.forEach(listener -> add(parentId(listener), "model.listener"));
			this.model.getModelElementsByType(CamundaTaskListener.class)
				.stream()
				.filter(listener -> blank(listener.getCamundaDelegateExpression()))
				.forEach(listener -> add(parentId(listener), "model.listener"));
			this.model.getModelElementsByType(SequenceFlow.class).forEach(this::condition);
			this.model.getModelElementsByType(EndEvent.class).forEach(this::outcome);
			this.model.getModelElementsByType(FlowNode.class).forEach(this::flowsOf);
			manual();
		}

		private void process(Process process) {
			Map<String, String> service = propertiesOf(process);
			if (!process.isExecutable()) {
				add(process.getId(), "model.process.executable");
			}
			if (blank(process.getCamundaHistoryTimeToLiveString())) {
				add(process.getId(), "model.process.history");
			}
			if (blank(process.getName())) {
				add(process.getId(), "model.name.bilingual");
			}
			String code = service.get("service.code");
			if (code != null && !SERVICE_CODE.matcher(code).matches()) {
				add(process.getId(), "model.service.code", code);
			}
			agency(process.getId(), service.get("service.agency"), true);
			String channels = service.get("service.channels");
			if (blank(channels)) {
				add(process.getId(), "model.service.channels", "-");
			}
			else {
				for (String channel : channels.split(",")) {
					if (!CHANNELS.contains(channel.strip())) {
						add(process.getId(), "model.service.channels", channel.strip());
					}
				}
			}
			String startableBy = service.get("service.startableBy");
			if (!blank(startableBy)) {
				for (String group : startableBy.split(",")) {
					if (!group.isBlank() && this.groupUnknown(group.strip())) {
						add(process.getId(), "model.group.unknown", group.strip());
					}
				}
			}
			String decision = service.get("service.decision");
			if (blank(decision) || !(this.model.getModelElementById(decision) instanceof FlowNode)) {
				add(process.getId(), "model.service.decision", decision == null ? "-" : decision);
			}
		}

		private void names(FlowElement element) {
			if (element.getId() == null || !READABLE_ID.matcher(element.getId()).matches()) {
				add(element.getId(), "model.id", element.getId());
			}
			if (element instanceof FlowNode && blank(element.getName())) {
				add(element.getId(), "model.name.missing");
			}
			Map<String, String> step = propertiesOf(element);
			// The manual states a step's limit in whole working days.
			if (step.containsKey("step.timeLimit") && !step.get("step.timeLimit").matches("\\d+")) {
				add(element.getId(), "model.step.time-limit", step.get("step.timeLimit"));
			}
			if (step.containsKey("step.agency") && !"RESPONSIBLE".equals(step.get("step.agency"))) {
				agency(element.getId(), step.get("step.agency"), false);
			}
		}

		private void userTask(UserTask task) {
			String groups = task.getCamundaCandidateGroups();
			if (blank(groups)) {
				add(task.getId(), "model.task.group");
			}
			else {
				for (String group : groups.split(",")) {
					String id = group.strip();
					String agencyPrefix = Roles.agencyGroup("");
					if (id.contains("${")) {
						continue; // chosen during the case (the agency responsible)
					}
					if (id.startsWith(agencyPrefix)) {
						agency(task.getId(), id.substring(agencyPrefix.length()), false);
					}
					else if (groupUnknown(id)) {
						add(task.getId(), "model.group.unknown", id);
					}
				}
			}
			// A task that waits for the applicant (the request's clock paused) is their
			// time, not the agency's: it has no limit of its own.
			Map<String, String> step = propertiesOf(task);
			if (!step.containsKey("step.timeLimit") && !"paused".equalsIgnoreCase(step.get("sla.clock"))) {
				add(task.getId(), "model.step.time-limit", "-");
			}
			form(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding());
		}

		private void startForm(StartEvent start) {
			if (start.getParentElement() instanceof Process) {
				form(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
			}
		}

		/**
		 * A form the model names must come with it; a task without one shows Tasklist's.
		 */
		private void form(String element, String formRef, String binding) {
			if (blank(formRef)) {
				return;
			}
			if (!"deployment".equals(binding)) {
				add(element, "model.form.binding", formRef);
			}
			if (!this.forms.containsKey(formRef)) {
				add(element, "model.form.missing", formRef);
			}
		}

		private void serviceTask(ServiceTask task) {
			if ("external".equals(task.getCamundaType())) {
				var topic = TOPIC.matcher(String.valueOf(task.getCamundaTopic()));
				if (!topic.matches()) {
					add(task.getId(), "model.topic", task.getCamundaTopic());
				}
				else {
					agency(task.getId(), topic.group(1), false);
				}
				if (!propertiesOf(task).containsKey("step.timeLimit")) {
					add(task.getId(), "model.step.time-limit", "-");
				}
				return;
			}
			if (blank(task.getCamundaDelegateExpression())) {
				add(task.getId(), "model.service-task");
				return;
			}
			if (AgencyCallDelegate.EXPRESSION.equals(task.getCamundaDelegateExpression().strip())) {
				AgencyCallDelegate
					.problemsOf(task, propertiesOf(task), task.isCamundaAsyncBefore(), caughtAt(task),
							ModelCheck.this.agencyCalls)
					.forEach(text -> this.problems.add(new Problem(this.resource, task.getId(), text.th(), text.en())));
			}
		}

		/**
		 * The error codes caught at a task: by its boundary events and the event
		 * sub-processes; all it may answer when one catches every error.
		 */
		private List<String> caughtAt(ServiceTask task) {
			List<String> codes = new ArrayList<>();
			for (BoundaryEvent boundary : this.model.getModelElementsByType(BoundaryEvent.class)) {
				if (boundary.getAttachedTo() == task) {
					codes.addAll(errorCodes(boundary.getEventDefinitions()));
				}
			}
			for (StartEvent start : this.model.getModelElementsByType(StartEvent.class)) {
				if (start.getParentElement() instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
					codes.addAll(errorCodes(start.getEventDefinitions()));
				}
			}
			return codes.contains("*") ? AgencyCallDelegate.list(propertiesOf(task).get("agency.no")) : codes;
		}

		private static List<String> errorCodes(java.util.Collection<EventDefinition> definitions) {
			return definitions.stream()
				.filter(ErrorEventDefinition.class::isInstance)
				.map(ErrorEventDefinition.class::cast)
				.map(error -> error.getError() == null ? "*" : error.getError().getErrorCode())
				.toList();
		}

		private void condition(SequenceFlow flow) {
			ConditionExpression condition = flow.getConditionExpression();
			if (condition == null) {
				return;
			}
			if (!SIMPLE_CONDITION.matcher(condition.getTextContent().strip()).matches()) {
				add(flow.getId(), "model.condition", condition.getTextContent().strip());
			}
			if (blank(flow.getName())) {
				add(flow.getId(), "model.condition.name");
			}
		}

		private void outcome(EndEvent end) {
			Map<String, String> properties = propertiesOf(end);
			String outcome = properties.get("request.outcome");
			if (outcome != null && !"NONE".equals(outcome.strip())) {
				try {
					Outcome.Kind.valueOf(outcome.strip());
				}
				catch (IllegalArgumentException unknown) {
					add(end.getId(), "model.outcome", outcome);
				}
			}
			properties.forEach((name, value) -> {
				if (name.startsWith("outcome.show.") && (!name.matches("outcome\\.show\\.[a-z][A-Za-z0-9]*")
						|| value == null || !value.contains(" / "))) {
					add(end.getId(), "model.outcome.show", name);
				}
			});
		}

		/** Structure the engine would only trip over at run time. */
		private void flowsOf(FlowNode node) {
			boolean start = node instanceof StartEvent;
			boolean end = node instanceof EndEvent;
			boolean boundary = node instanceof BoundaryEvent;
			boolean compensation = node instanceof org.camunda.bpm.model.bpmn.instance.Activity activity
					&& activity.isForCompensation();
			// An event sub-process starts by its event and ends inside itself.
			boolean eventSubProcess = node instanceof SubProcess subProcess && subProcess.triggeredByEvent();
			// A link event pair joins two parts of a drawing: neither end is a dead end.
			boolean link = (node instanceof org.camunda.bpm.model.bpmn.instance.CatchEvent catchEvent
					&& catchEvent.getEventDefinitions().stream().anyMatch(LinkEventDefinition.class::isInstance))
					|| (node instanceof org.camunda.bpm.model.bpmn.instance.ThrowEvent throwEvent
							&& throwEvent.getEventDefinitions()
								.stream()
								.anyMatch(LinkEventDefinition.class::isInstance));
			if (!start && !boundary && !compensation && !link && !eventSubProcess && node.getIncoming().isEmpty()) {
				add(node.getId(), "model.flow.unreachable");
			}
			if (!end && !boundary && !compensation && !link && !eventSubProcess && node.getOutgoing().isEmpty()) {
				add(node.getId(), "model.flow.dead-end");
			}
		}

		private void manual() {
			Optional<CitizensManual> manual;
			try {
				manual = ServiceCatalog.preview(this.model, this.identity);
			}
			catch (RuntimeException unreadable) {
				add(null, "model.manual.unreadable", String.valueOf(unreadable.getMessage()));
				return;
			}
			manual.ifPresent(service -> {
				for (Bilingual text : new Bilingual[] { service.description(), service.legalBasis(),
						service.eligibility(), service.complaintChannel() }) {
					if (blank(text.th()) || blank(text.en()) || text.th().equals(text.en())) {
						add(null, "model.manual.facts");
						break;
					}
				}
				if (service.documents().isEmpty()) {
					add(null, "model.manual.documents");
				}
				if (service.timeLimitDays() <= 0) {
					add(null, "model.manual.time-limit");
				}
				else if (service.stepDays() > service.timeLimitDays()) {
					add(null, "model.manual.steps-exceed", service.stepDays(), service.timeLimitDays());
				}
			});
		}

		private void agency(String element, String code, boolean required) {
			if (blank(code)) {
				if (required) {
					add(element, "model.agency.unknown", "-");
				}
				return;
			}
			if (!ModelCheck.this.agencies.knows(code.strip())) {
				add(element, "model.agency.unknown", code);
			}
		}

		private boolean groupUnknown(String group) {
			return this.identity.createGroupQuery().groupId(group).count() == 0;
		}

		private void add(String element, String key, Object... args) {
			this.problems.add(problem(this.resource, element, key, args));
		}

		private String parentId(org.camunda.bpm.model.xml.instance.ModelElementInstance listener) {
			for (var parent = listener.getParentElement(); parent != null; parent = parent.getParentElement()) {
				if (parent instanceof BaseElement element && element.getId() != null) {
					return element.getId();
				}
			}
			return null;
		}

	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
