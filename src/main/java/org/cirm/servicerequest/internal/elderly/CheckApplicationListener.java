package org.cirm.servicerequest.internal.elderly;

import org.cirm.platform.Texts;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.PAYMENT_METHOD;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.cirm.servicerequest.internal.ApplicantIds;
import org.springframework.stereotype.Component;

/**
 * Accepts an application only for a citizen in the registry (found in Citizen 360, so
 * their identity was checked) and with a way to pay them.
 */
@Component
class CheckApplicationListener implements ExecutionListener {

	private final ApplicantIds applicants;

	CheckApplicationListener(ApplicantIds applicants) {
		this.applicants = applicants;
	}

	@Override
	public void notify(DelegateExecution application) {
		this.applicants.requireRegistered(application);
		PAYMENT_METHOD.requireFrom(application, Texts.of("form.elderly.payment-method.required").toString());
	}

}
