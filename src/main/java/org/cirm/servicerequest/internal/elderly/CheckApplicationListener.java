package org.cirm.servicerequest.internal.elderly;

import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.CITIZEN;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.PAYMENT_METHOD;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.springframework.stereotype.Component;

/**
 * Accepts an application only for a citizen in the registry (found in Citizen 360, so
 * their identity was checked) and with a way to pay them.
 */
@Component
class CheckApplicationListener implements ExecutionListener {

	private final CitizenRegistry citizens;

	CheckApplicationListener(CitizenRegistry citizens) {
		this.citizens = citizens;
	}

	@Override
	public void notify(DelegateExecution application) {
		String ref = CITIZEN.requireFrom(application,
				"ต้องระบุเลขอ้างอิงผู้ยื่นคำขอจาก Citizen 360 / Give the applicant's reference from Citizen 360");
		if (CitizenRef.parse(ref).flatMap(this.citizens::find).isEmpty()) {
			throw new FormFieldValidationException(CITIZEN.name(),
					"ไม่พบผู้ยื่นคำขอในทะเบียนประชาชน กรุณาลงทะเบียนใน Citizen 360 ก่อน"
							+ " / No such citizen is registered: register them in Citizen 360 first");
		}
		PAYMENT_METHOD.requireFrom(application, "ต้องเลือกวิธีรับเงิน / Choose how the allowance is paid");
	}

}
