package org.cirm.servicerequest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cirm.platform.Bilingual;

/**
 * The fields an applicant fills for a service: its start form (the Camunda Form the
 * counter uses in Tasklist), less what intake fills itself. Channels render it (the
 * portal's page, Open311's attributes); intake checks submissions against the same form.
 */
public record ApplicationForm(String serviceCode, Bilingual serviceName, List<Field> fields) {

	/**
	 * @param type the Camunda Forms type: textfield, textarea, number, select, radio,
	 * checkbox
	 */
	public record Field(String key, String type, Bilingual label, boolean required, Integer maxLength, BigDecimal min,
			List<Option> options) {
	}

	public record Option(String value, Bilingual label) {
	}

	/** How a page names a field's input: {@code field.<key>}. */
	public static final String INPUT_PREFIX = "field.";

	/**
	 * The fields a page posted (inputs named {@code field.<key>}), blank ones left out.
	 */
	public static Map<String, Object> postedFields(Map<String, String> posted) {
		Map<String, Object> fields = new HashMap<>();
		posted.forEach((name, value) -> {
			if (name.startsWith(INPUT_PREFIX) && !value.isBlank()) {
				fields.put(name.substring(INPUT_PREFIX.length()), value);
			}
		});
		return fields;
	}

}
