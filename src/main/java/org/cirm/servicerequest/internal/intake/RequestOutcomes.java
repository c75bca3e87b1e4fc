package org.cirm.servicerequest.internal.intake;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.cirm.platform.Bilingual;
import org.cirm.platform.ParsedModelProperties;
import org.cirm.servicerequest.Outcome;

import org.springframework.stereotype.Component;

/**
 * The outcome a model declares on its end events: {@code request.outcome} is one of
 * {@link Outcome.Kind} (or {@code NONE} for the end of a side branch that does not close
 * the request), and each {@code outcome.show.<variable>} property names a value the
 * applicant sees with it, labelled "ไทย / English". Reaching such an end records the
 * outcome on the request; what it shows is read from the request's variables when asked.
 */
@Component
class RequestOutcomes {

	static final String OUTCOME_PROPERTY = "request.outcome";

	static final String SHOW_PREFIX = "outcome.show.";

	/** Where the parsed declaration waits on the end event's activity. */
	private static final String DECLARED = "cirm.outcome";

	/** The end of a side branch: the request goes on or ends elsewhere. */
	static final String NONE = "NONE";

	private final RequestStore store;

	RequestOutcomes(RequestStore store) {
		this.store = store;
	}

	/** What one end event declares: the outcome and the values shown with it. */
	record Declared(Outcome.Kind kind, List<Shown> shown) {
	}

	/** A variable shown with the outcome, under this label. */
	record Shown(String variable, Bilingual label) {
	}

	/**
	 * Reads an end event's declaration, refusing a model that declares an outcome no
	 * citizen could be told.
	 * @return whether the end event declares an outcome (that is not {@code NONE})
	 */
	boolean parse(Element element, ActivityImpl end) {
		Map<String, String> properties = ParsedModelProperties.of(element);
		String outcome = properties.get(OUTCOME_PROPERTY);
		if (outcome == null || NONE.equalsIgnoreCase(outcome.strip())) {
			return false;
		}
		Outcome.Kind kind = Arrays.stream(Outcome.Kind.values())
			.filter(candidate -> candidate.name().equalsIgnoreCase(outcome.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"End event " + end.getId() + ": " + OUTCOME_PROPERTY + " is " + outcome + "; it must be one of "
							+ Arrays.toString(Outcome.Kind.values()) + " or " + NONE));
		List<Shown> shown = new ArrayList<>();
		properties.forEach((name, label) -> {
			if (name.startsWith(SHOW_PREFIX) && name.length() > SHOW_PREFIX.length()) {
				shown.add(new Shown(name.substring(SHOW_PREFIX.length()), Bilingual.parse(label)));
			}
		});
		end.setProperty(DECLARED, new Declared(kind, List.copyOf(shown)));
		return true;
	}

	/** Records on the request the outcome of the end event its process just reached. */
	void reached(DelegateExecution execution) {
		Declared declared = declaredAt(((ExecutionEntity) execution).getActivity());
		if (declared != null) {
			this.store.byBusinessKey(execution.getProcessBusinessKey())
				.ifPresent(request -> this.store.ended(request.id(), declared.kind(), execution.getCurrentActivityId(),
						ClockUtil.getCurrentTime().toInstant()));
		}
	}

	/**
	 * The outcome of a request, if it reached an end that declares one.
	 * @param endEvent finds an end event of the request's process by id
	 * @param variables the values of the request's variables with these names
	 */
	Optional<Outcome> of(String requestId, Function<String, PvmActivity> endEvent,
			Function<List<String>, Map<String, Object>> variables) {
		return this.store.endOf(requestId).map(ended -> {
			PvmActivity end = endEvent.apply(ended.endEvent());
			Declared declared = end == null ? null : declaredAt(end);
			List<Shown> shown = declared == null ? List.of() : declared.shown();
			Map<String, Object> values = shown.isEmpty() ? Map.of()
					: variables.apply(shown.stream().map(Shown::variable).toList());
			List<Outcome.Detail> details = shown.stream()
				.filter(item -> readable(values.get(item.variable())) != null)
				.map(item -> new Outcome.Detail(item.label(), readable(values.get(item.variable()))))
				.toList();
			return new Outcome(ended.outcome(),
					Bilingual.parse(end == null ? ended.endEvent() : (String) end.getProperty("name")), ended.at(),
					details);
		});
	}

	private static Declared declaredAt(PvmActivity activity) {
		return activity == null ? null : (Declared) activity.getProperty(DECLARED);
	}

	/** A value as a person reads it; null when there is nothing to read. */
	private static String readable(Object value) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Number number) {
			return NumberFormat.getNumberInstance(Locale.US).format(number);
		}
		return value.toString().strip();
	}

}
