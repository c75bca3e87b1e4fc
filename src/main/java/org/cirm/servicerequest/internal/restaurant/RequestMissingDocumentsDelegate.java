package org.cirm.servicerequest.internal.restaurant;

import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.DOCUMENTS_REQUESTED;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.DOCUMENTS_REQUESTED_AT;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RequestDocuments: records that the missing documents were requested in writing,
 * and when, so they cannot be requested a second time (section 8).
 */
@Component
class RequestMissingDocumentsDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution application) {
		DOCUMENTS_REQUESTED.set(application, true);
		DOCUMENTS_REQUESTED_AT.set(application, new Date());
	}

}
