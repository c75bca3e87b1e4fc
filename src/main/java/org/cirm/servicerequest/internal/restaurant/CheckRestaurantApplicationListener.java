package org.cirm.servicerequest.internal.restaurant;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_EN;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_TH;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.DISTRICT;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.EMPLOYEES;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.EXPECTED_TURNOVER;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.FLOOR_AREA;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.PROVINCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.platform.ProcessVariable;
import org.cirm.servicerequest.internal.ApplicantIds;
import org.springframework.stereotype.Component;

/**
 * Accepts an application only with a registered owner and what every agency will need.
 */
@Component
class CheckRestaurantApplicationListener implements ExecutionListener {

	private final ApplicantIds applicants;

	CheckRestaurantApplicationListener(ApplicantIds applicants) {
		this.applicants = applicants;
	}

	@Override
	public void notify(DelegateExecution application) {
		this.applicants.requireRegistered(application);
		BUSINESS_NAME_TH.requireFrom(application, Texts.of("form.restaurant.name-th.required").toString());
		BUSINESS_NAME_EN.requireFrom(application, Texts.of("form.restaurant.name-en.required").toString());
		PROVINCE.requireFrom(application, Texts.of("form.restaurant.province.required").toString());
		DISTRICT.requireFrom(application, Texts.of("form.restaurant.district.required").toString());
		requireAtLeast(application, FLOOR_AREA, 1, "form.restaurant.floor-area");
		requireAtLeast(application, EMPLOYEES, 0, "form.restaurant.employees");
		requireAtLeast(application, EXPECTED_TURNOVER, 0, "form.restaurant.expected-turnover");
	}

	private static void requireAtLeast(DelegateExecution application, ProcessVariable<Long> field, long least,
			String what) {
		Bilingual name = Texts.of(what);
		long value = field.requireFrom(application, Texts.of("form.field.required", name).toString());
		if (value < least) {
			throw new FormFieldValidationException(field.name(),
					Texts.of("form.field.at-least", name, least).toString());
		}
	}

}
