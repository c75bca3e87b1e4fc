package org.cirm.servicerequest.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.NationalId;
import org.cirm.platform.Texts;
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

	/**
	 * Refuses a start without an applicant, or with one not in the registry (found or
	 * registered in Citizen 360, so their identity was checked).
	 */
	public void requireRegistered(DelegateExecution application) {
		String ref = CITIZEN.requireFrom(application, Texts.of("applicant.reference.required").toString());
		if (NationalId.isValid(ref.replaceAll("[\\s-]", ""))) {
			// A national ID pasted where the reference goes: say so, never "not
			// registered"
			// (the start is refused, so the ID is kept nowhere).
			throw new FormFieldValidationException(CITIZEN.name(),
					Texts.of("applicant.reference.national-id").toString());
		}
		if (CitizenRef.parse(ref).flatMap(this.citizens::find).isEmpty()) {
			throw new FormFieldValidationException(CITIZEN.name(), Texts.of("applicant.reference.unknown").toString());
		}
	}

}
