package org.cirm.servicerequest.internal.restaurant;

import org.cirm.platform.Texts;
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
		BUSINESS_NAME_TH.requireFrom(step, Texts.of("form.restaurant.new-name-th.required").toString());
		BUSINESS_NAME_EN.requireFrom(step, Texts.of("form.restaurant.new-name-en.required").toString());
	}

}
