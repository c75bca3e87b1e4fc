package org.cirm.servicerequest.internal.elderly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Thai fiscal year that pays an allowance applied for on a given day, and the age
 * rule.
 */
class FiscalYearTest {

	@ParameterizedTest(name = "applied {0}: paid from FY {1} starting {2}")
	@CsvSource({ "2026-11-23, 2571, 2027-10-01", "2026-09-30, 2570, 2026-10-01", "2026-10-01, 2571, 2027-10-01",
			"2027-01-15, 2571, 2027-10-01" })
	void anApplicationIsPaidFromTheNextFiscalYear(LocalDate applied, int buddhistEra, LocalDate start) {
		assertThat(FiscalYear.after(applied)).isEqualTo(new FiscalYear(buddhistEra, start));
	}

	@ParameterizedTest(name = "born {0}: {1} on 1 Oct 2027")
	@CsvSource({ "1967-10-01, 60", "1967-10-02, 59", "1967-09-15, 60", "1960-04-13, 67" })
	void theAgeCountsOnTheFirstDayOfThePayingFiscalYear(LocalDate born, int age) {
		assertThat(FiscalYear.after(LocalDate.of(2026, 11, 23)).ageOnFirstDay(born)).isEqualTo(age);
	}

}
