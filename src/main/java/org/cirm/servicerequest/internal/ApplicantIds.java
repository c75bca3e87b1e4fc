package org.cirm.servicerequest.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.platform.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * The applicant's national ID, read from the citizen registry at the moment an agency
 * must be asked: it is never stored in the case.
 */
@Component
public class ApplicantIds {

	private static final ProcessVariable<String> CITIZEN = ProcessVariable.text(CitizenRef.PROCESS_VARIABLE);

	private final CitizenRegistry citizens;

	public ApplicantIds(CitizenRegistry citizens) {
		this.citizens = citizens;
	}

	public String nationalIdOf(DelegateExecution application) {
		CitizenRef ref = CitizenRef.parse(CITIZEN.from(application)).orElseThrow();
		return this.citizens.find(ref)
			.orElseThrow(() -> new IllegalStateException("The applicant's record was erased during the case"))
			.nationalId()
			.fullDigits();
	}

}
