package org.cirm.servicerequest.internal.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.cirm.agency.Agency;
import org.cirm.agency.AgencyCalls;
import org.cirm.platform.Bilingual;
import org.cirm.platform.ModelProperties;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.internal.ApplicantIds;

import org.springframework.stereotype.Component;

/**
 * The generic agency call: a service task with
 * {@code camunda:delegateExpression="${agencyCall}"} calls an operation the agency
 * directory declares, as its extension properties say, with no Java per service.
 * <ul>
 * <li>{@code agency.code} and {@code agency.operation}: whom and what;</li>
 * <li>{@code agency.send.<field>} = a variable: what goes out (plus {@code requestRef},
 * the tracking code);</li>
 * <li>{@code agency.sendNationalId} = a field: the applicant's national ID, read from the
 * registry at call time, only to an operation declared to carry one;</li>
 * <li>{@code agency.answer.<field>} = a variable: what comes back, and where it
 * goes;</li>
 * <li>{@code agency.no}: the problem codes that are the agency's "no", each a BPMN error
 * with that code that the model catches (the check refuses a listed code nobody catches);
 * any other answer is retried, then an incident.</li>
 * </ul>
 */
@Component("agencyCall")
class AgencyCallDelegate implements JavaDelegate {

	static final String EXPRESSION = "${agencyCall}";

	private static final String SEND = "agency.send.";

	private static final String ANSWER = "agency.answer.";

	private final AgencyCalls agencies;

	private final ApplicantIds applicants;

	AgencyCallDelegate(AgencyCalls agencies, ApplicantIds applicants) {
		this.agencies = agencies;
		this.applicants = applicants;
	}

	@Override
	public void execute(DelegateExecution execution) {
		BaseElement task = (BaseElement) execution.getBpmnModelElementInstance();
		Map<String, String> properties = ModelProperties.of(task).firstValues();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("requestRef", execution.getProcessBusinessKey());
		properties.forEach((name, variable) -> {
			if (name.startsWith(SEND)) {
				request.put(name.substring(SEND.length()), execution.getVariable(variable));
			}
		});
		String nationalIdField = properties.get("agency.sendNationalId");
		if (nationalIdField != null) {
			// Checked at deployment, and again now: the directory may have changed since.
			boolean carries = this.agencies.operation(properties.get("agency.code"), properties.get("agency.operation"))
				.map(Agency.Operation::carriesNationalId)
				.orElse(false);
			if (!carries) {
				throw new IllegalStateException("The operation " + properties.get("agency.operation")
						+ " is not declared to carry a national ID");
			}
			request.put(nationalIdField, this.applicants.nationalIdOf(execution));
		}
		// A "no" the model catches comes back as a BPMN error with the agency's code; one
		// it
		// does not catch, or no useful answer, fails the job: retries, then an incident.
		Map<String, Object> answer = this.agencies.call(execution, properties.get("agency.code"),
				properties.get("agency.operation"), request);
		properties.forEach((name, variable) -> {
			if (name.startsWith(ANSWER) && answer != null && answer.containsKey(name.substring(ANSWER.length()))) {
				execution.setVariable(variable, answer.get(name.substring(ANSWER.length())));
			}
		});
	}

	/**
	 * What is wrong with a task's agency call, for the model check: an agency or an
	 * operation the directory does not declare, a national ID to an operation not
	 * declared to carry one, a "no" the model does not catch, a call that would run in
	 * the previous step's transaction.
	 */
	static List<Bilingual> problemsOf(BaseElement task, Map<String, String> properties, boolean asyncBefore,
			List<String> caughtErrors, AgencyCalls agencies) {
		List<Bilingual> problems = new ArrayList<>();
		String agency = properties.get("agency.code");
		String operation = properties.get("agency.operation");
		Optional<Agency.Operation> declared = agency == null || operation == null ? Optional.empty()
				: agencies.operation(agency, operation);
		if (declared.isEmpty()) {
			problems.add(Texts.of("model.agency-call.operation", agency + " " + operation));
		}
		else if (properties.containsKey("agency.sendNationalId") && !declared.get().carriesNationalId()) {
			problems.add(Texts.of("model.agency-call.national-id", operation));
		}
		for (String code : list(properties.get("agency.no"))) {
			if (!caughtErrors.contains(code)) {
				problems.add(Texts.of("model.agency-call.no", code));
			}
		}
		if (!asyncBefore) {
			problems.add(Texts.of("model.agency-call.async"));
		}
		return problems;
	}

	static List<String> list(String value) {
		return value == null ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
	}

}
