package org.cirm.servicerequest.internal.restaurant;

import org.cirm.platform.Texts;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.COMPLETENESS;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.DOCUMENTS_REQUESTED;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.MISSING_DOCUMENTS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.Completeness;
import org.springframework.stereotype.Component;

/**
 * Section 8 of the Licensing Facilitation Act: missing documents are listed in full and
 * requested once; after that the application is complete or not accepted.
 */
@Component
class CheckCompletenessListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution check) {
		Completeness result = COMPLETENESS.requireFrom(check,
				Texts.of("form.restaurant.completeness.required").toString());
		if (result == Completeness.COMPLETE) {
			return;
		}
		MISSING_DOCUMENTS.requireFrom(check, Texts.of("form.restaurant.missing-documents.required").toString());
		boolean alreadyRequested = DOCUMENTS_REQUESTED.optionalFrom(check).orElse(false);
		if (result == Completeness.MISSING_DOCUMENTS && alreadyRequested) {
			throw new FormFieldValidationException(COMPLETENESS.name(),
					Texts.of("form.restaurant.documents.once").toString());
		}
		if (result == Completeness.REJECTED && !alreadyRequested) {
			throw new FormFieldValidationException(COMPLETENESS.name(),
					Texts.of("form.restaurant.documents.before-rejecting").toString());
		}
	}

}
