package org.cirm.servicerequest.internal.elderly;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.springframework.stereotype.Component;

/**
 * The applicant's national ID, read from the citizen registry at the moment an agency
 * must be asked: it is never stored in the case.
 */
@Component
class ApplicantIds {

	private final CitizenRegistry citizens;

	ApplicantIds(CitizenRegistry citizens) {
		this.citizens = citizens;
	}

	String nationalIdOf(DelegateExecution application) {
		CitizenRef ref = CitizenRef.parse(ElderlyAllowanceProcess.CITIZEN.from(application)).orElseThrow();
		return this.citizens.find(ref)
			.orElseThrow(() -> new IllegalStateException("The applicant's record was erased during the case"))
			.nationalId()
			.fullDigits();
	}

}
