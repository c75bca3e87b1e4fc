package org.cirm.servicerequest.internal.restaurant;

import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_EN;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_TH;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The applicant's new business name, in Thai and English. */
@Component
class CheckNewNameListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution step) {
		BUSINESS_NAME_TH.requireFrom(step, "ต้องระบุชื่อร้านใหม่ภาษาไทย / The new Thai name is required");
		BUSINESS_NAME_EN.requireFrom(step, "ต้องระบุชื่อร้านใหม่ภาษาอังกฤษ / The new English name is required");
	}

}
