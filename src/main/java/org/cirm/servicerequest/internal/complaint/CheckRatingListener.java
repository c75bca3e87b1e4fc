package org.cirm.servicerequest.internal.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.servicerequest.Satisfaction;
import org.springframework.stereotype.Component;

/** Takes a rating only from 1 (very dissatisfied) to 5 (very satisfied). */
@Component
class CheckRatingListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution rated) {
		long rating = Satisfaction.RATING.requireFrom(rated, "ต้องให้คะแนน 1 ถึง 5 / Give a rating from 1 to 5");
		if (rating < Satisfaction.LOWEST || rating > Satisfaction.HIGHEST) {
			throw new FormFieldValidationException(Satisfaction.RATING.name(),
					"คะแนนต้องอยู่ระหว่าง 1 ถึง 5 / The rating must be from 1 to 5, not " + rating);
		}
	}

}
