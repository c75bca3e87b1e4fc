package org.cirm.servicerequest.internal.elderly;

import java.time.LocalDate;
import java.time.Period;

/**
 * The Thai government fiscal year: 1 October to 30 September, named by the Buddhist Era
 * year in which it ends. An allowance applied for now is paid from the next fiscal year.
 */
record FiscalYear(int buddhistEra, LocalDate start) {

	private static final int BUDDHIST_ERA_OFFSET = 543;

	/** The fiscal year after the one that contains this day. */
	static FiscalYear after(LocalDate day) {
		int endsInCurrent = day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
		return new FiscalYear(endsInCurrent + 1 + BUDDHIST_ERA_OFFSET, LocalDate.of(endsInCurrent, 10, 1));
	}

	/** Age in whole years on the fiscal year's first day. */
	int ageOnFirstDay(LocalDate birthDate) {
		return Period.between(birthDate, this.start).getYears();
	}

}
