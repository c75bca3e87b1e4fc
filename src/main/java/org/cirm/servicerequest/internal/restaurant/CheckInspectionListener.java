package org.cirm.servicerequest.internal.restaurant;

import org.cirm.platform.Texts;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.INSPECTION_DATE;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.INSPECTION_NOTE;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.INSPECTION_RESULT;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.InspectionResult;
import org.springframework.stereotype.Component;

/** An inspection has a date and a result, and a failed one says why. */
@Component
class CheckInspectionListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution step) {
		String day = INSPECTION_DATE.requireFrom(step, Texts.of("form.restaurant.inspection-date.required").toString());
		try {
			LocalDate.parse(day);
		}
		catch (DateTimeParseException notADate) {
			throw new FormFieldValidationException(INSPECTION_DATE.name(),
					Texts.of("form.restaurant.inspection-date.invalid", day).toString());
		}
		if (INSPECTION_RESULT.requireFrom(step,
				Texts.of("form.restaurant.inspection-result.required").toString()) == InspectionResult.FAILED) {
			INSPECTION_NOTE.requireFrom(step, Texts.of("form.restaurant.inspection-note.required").toString());
		}
	}

}
