package org.cirm.servicerequest.internal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.IntakeRejectedException.Problem;

/**
 * The fields of a service's start form (the Camunda Form the counter uses in Tasklist),
 * as intake checks a submission against them: one source of truth for every channel.
 */
record StartForm(List<Field> fields) {

	/** Filled by intake itself, never by the applicant. */
	static final Set<String> FILLED_BY_INTAKE = Set.of("citizenRef", "channel");

	private static final ObjectMapper JSON = new ObjectMapper();

	record Field(String key, String type, Bilingual label, boolean required, Integer maxLength, BigDecimal min,
			BigDecimal max, List<String> values, List<Bilingual> valueLabels) {
	}

	static StartForm read(InputStream form) {
		try {
			List<Field> fields = new ArrayList<>();
			collect(JSON.readTree(form).path("components"), fields);
			return new StartForm(fields);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the start form", ex);
		}
	}

	private static void collect(JsonNode components, List<Field> fields) {
		for (JsonNode component : components) {
			collect(component.path("components"), fields);
			if (!component.hasNonNull("key")) {
				continue;
			}
			JsonNode validate = component.path("validate");
			List<String> values = new ArrayList<>();
			List<Bilingual> valueLabels = new ArrayList<>();
			component.path("values").forEach(value -> {
				values.add(value.path("value").asText());
				valueLabels.add(Bilingual.parse(value.path("label").asText(value.path("value").asText())));
			});
			fields.add(new Field(component.get("key").asText(), component.path("type").asText(),
					Bilingual.parse(component.path("label").asText(component.get("key").asText())),
					validate.path("required").asBoolean(),
					validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
					decimal(validate, "min"), decimal(validate, "max"), values, valueLabels));
		}
	}

	private static BigDecimal decimal(JsonNode validate, String bound) {
		return validate.hasNonNull(bound) ? validate.get(bound).decimalValue() : null;
	}

	/** The fields the applicant fills. */
	List<Field> applicantFields() {
		return this.fields.stream().filter(field -> !FILLED_BY_INTAKE.contains(field.key())).toList();
	}

	boolean has(String key) {
		return this.fields.stream().anyMatch(field -> field.key().equals(key));
	}

	/**
	 * The submitted values as process variables, typed as the form types them; every
	 * problem found is added to {@code problems}.
	 */
	Map<String, Object> variables(Map<String, Object> submitted, List<Problem> problems) {
		Map<String, Object> given = submitted == null ? Map.of() : submitted;
		Map<String, Object> variables = new LinkedHashMap<>();
		Map<String, Field> known = new HashMap<>();
		applicantFields().forEach(field -> known.put(field.key(), field));
		given.keySet()
			.stream()
			.filter(key -> !known.containsKey(key))
			.forEach(key -> problems.add(new Problem(key, Texts.of("intake.field.unknown", key))));
		for (Field field : known.values()) {
			Object value = given.get(field.key());
			if (value == null || value.toString().isBlank()) {
				if (field.required()) {
					problems.add(new FieldValues.Refusal("intake.field.required").about(field.key(), field.label()));
				}
				continue;
			}
			Object typed = typed(field, value, problems);
			if (typed != null) {
				variables.put(field.key(), typed);
			}
		}
		return variables;
	}

	private static Object typed(Field field, Object value, List<Problem> problems) {
		Optional<FieldValues.Refusal> refusal = switch (field.type()) {
			case "number" -> FieldValues.number(value, field.min(), field.max());
			case "checkbox" -> FieldValues.checkbox(value);
			default -> FieldValues.text(value, field.values(), field.maxLength());
		};
		if (refusal.isPresent()) {
			problems.add(refusal.get().about(field.key(), field.label()));
			return null;
		}
		return switch (field.type()) {
			case "number" -> FieldValues.asNumber(value);
			case "checkbox" -> Boolean.parseBoolean(value.toString());
			default -> value.toString().strip();
		};
	}

}
