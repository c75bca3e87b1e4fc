package org.cirm.servicerequest;

import java.math.BigDecimal;
import java.util.List;

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

}
