package org.cirm.servicerequest.internal.restaurant;

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
		Completeness result = COMPLETENESS.requireFrom(check, "ต้องเลือกผลการตรวจ / Choose the result of the check");
		if (result == Completeness.COMPLETE) {
			return;
		}
		MISSING_DOCUMENTS.requireFrom(check, "ต้องระบุเอกสารที่ขาดให้ครบทุกรายการ / List every missing document");
		boolean alreadyRequested = DOCUMENTS_REQUESTED.optionalFrom(check).orElse(false);
		if (result == Completeness.MISSING_DOCUMENTS && alreadyRequested) {
			throw new FormFieldValidationException(COMPLETENESS.name(),
					"ขอเอกสารเพิ่มได้เพียงครั้งเดียว (มาตรา 8) ให้รับคำขอหรือไม่รับคำขอ / Missing documents may be requested only once (section 8): accept or reject the application");
		}
		if (result == Completeness.REJECTED && !alreadyRequested) {
			throw new FormFieldValidationException(COMPLETENESS.name(),
					"ต้องแจ้งขอเอกสารที่ขาดก่อนไม่รับคำขอ / Request the missing documents before rejecting the application");
		}
	}

}
