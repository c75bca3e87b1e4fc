package org.cirm.servicerequest.internal.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.Satisfaction;
import org.springframework.stereotype.Component;

/** Takes a rating only from 1 (very dissatisfied) to 5 (very satisfied). */
@Component
class CheckRatingListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution rated) {
		long rating = Satisfaction.RATING.requireFrom(rated, Texts.of("form.rating.required").toString());
		if (rating < Satisfaction.LOWEST || rating > Satisfaction.HIGHEST) {
			throw new FormFieldValidationException(Satisfaction.RATING.name(),
					Texts.of("form.rating.range", rating).toString());
		}
	}

}
