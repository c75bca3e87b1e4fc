package org.cirm.servicerequest.internal.elderly;

import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.AGE_AT_FISCAL_YEAR_START;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.ALIVE;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.FISCAL_YEAR;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.servicerequest.internal.ApplicantIds;
import org.cirm.agency.CivilRegistry;
import org.cirm.platform.ThaiDates;
import org.springframework.stereotype.Component;

/**
 * Task_CheckCivilRegistry: asks DOPA's linkage system for the applicant; keeps only what
 * the rules need (alive, age on the first day of the paying fiscal year), never the
 * person's name or birth date.
 */
@Component
class CheckCivilRegistryDelegate implements JavaDelegate {

	private final AgencyHandoffs handoffs;

	private final CivilRegistry registry;

	private final ApplicantIds applicants;

	CheckCivilRegistryDelegate(AgencyHandoffs handoffs, CivilRegistry registry, ApplicantIds applicants) {
		this.handoffs = handoffs;
		this.registry = registry;
		this.applicants = applicants;
	}

	@Override
	public void execute(DelegateExecution application) {
		var lookup = new CivilRegistry.Lookup(this.applicants.nationalIdOf(application));
		CivilRegistry.Person person = this.handoffs.send(application, this.registry.lookUp(), lookup);
		FiscalYear paying = FiscalYear.after(LocalDate.now(ThaiDates.BANGKOK));
		ALIVE.set(application, person.alive());
		FISCAL_YEAR.set(application, (long) paying.buddhistEra());
		AGE_AT_FISCAL_YEAR_START.set(application, (long) paying.ageOnFirstDay(person.birthDate()));
	}

}
