package org.cirm.servicerequest.internal.simulation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.ApplicationForm;

/**
 * Fills forms as an officer or an applicant would: the answers a step asks for, leaving
 * alone what the form only shows (read-only) and what it hides for the answers given.
 * Mostly the first choice (the usual case), sometimes another, so every path of a model
 * is walked.
 */
final class FormFiller {

	/** A hide condition a form writes as {@code =field = "value"} or {@code !=}. */
	private static final Pattern HIDE = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*(\"([^\"]*)\"|true|false)\\s*");

	static final List<String> PROVINCES = List.of("BANGKOK", "NONTHABURI", "PATHUM_THANI", "CHONBURI", "CHIANG_MAI",
			"KHON_KAEN");

	static final double USUAL = 0.8;

	private FormFiller() {
	}

	/** The applicant's fields of a start form. */
	static Map<String, Object> start(ApplicationForm form, Random random) {
		Map<String, Object> values = new HashMap<>();
		for (ApplicationForm.Field field : form.fields()) {
			List<String> options = field.options().stream().map(ApplicationForm.Option::value).toList();
			Object value = value(field.key(), field.type(), options, new Chooser(random, USUAL),
					field.min() == null ? 1 : field.min().intValue());
			if (value != null) {
				values.put(field.key(), value);
			}
		}
		return values;
	}

	/**
	 * The answers of a task's Camunda Form, choosing the first option with this chance
	 * (after the step refused the usual answers, any option alike).
	 * @param known the case's variables, which the form's hide conditions may read
	 */
	static Map<String, Object> task(JsonNode form, Map<String, Object> known, Random random, double usual) {
		Map<String, Object> values = new HashMap<>();
		fill(form.path("components"), known, values, new Chooser(random, usual));
		return values;
	}

	/** Picks options: the first, the usual one, with its chance. */
	record Chooser(Random random, double usual) {

		String choose(List<String> options) {
			return this.random.nextDouble() < this.usual || options.size() == 1 ? options.get(0)
					: options.get(1 + this.random.nextInt(options.size() - 1));
		}

	}

	private static void fill(JsonNode components, Map<String, Object> known, Map<String, Object> values,
			Chooser random) {
		for (JsonNode component : components) {
			if (component.has("components")) {
				fill(component.path("components"), known, values, random);
				continue;
			}
			String key = component.path("key").asText(null);
			boolean shown = component.path("readonly").asBoolean() || component.path("disabled").asBoolean();
			if (key == null || shown || hidden(component, known, values)) {
				continue;
			}
			List<String> options = component.path("values").findValuesAsText("value");
			Object value = value(key, component.path("type").asText(), options, random, 1);
			if (value != null) {
				values.put(key, value);
			}
		}
	}

	private static boolean hidden(JsonNode component, Map<String, Object> known, Map<String, Object> values) {
		String condition = component.path("conditional").path("hide").asText("");
		Matcher matcher = HIDE.matcher(condition);
		if (!matcher.matches()) {
			return false;
		}
		Object current = values.containsKey(matcher.group(1)) ? values.get(matcher.group(1))
				: known.get(matcher.group(1));
		String literal = matcher.group(4) != null ? matcher.group(4) : matcher.group(3);
		boolean equal = String.valueOf(current).equals(literal);
		return "=".equals(matcher.group(2)) == equal;
	}

	private static Object value(String key, String type, List<String> options, Chooser chooser, int min) {
		Random random = chooser.random();
		return switch (type) {
			case "select", "radio" -> options.isEmpty() ? null : chooser.choose(options);
			case "checkbox" -> random.nextDouble() < 0.85;
			case "number" -> (long) min + random.nextInt(20);
			case "datetime" ->
				LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ThaiDates.BANGKOK).toString();
			case "textfield", "textarea" -> "province".equals(key) ? chooser.choose(PROVINCES)
					: "บันทึกจากประวัติจำลอง / simulated history " + Integer.toHexString(random.nextInt());
			default -> null;
		};
	}

}
