package org.cirm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ThaiDatesTest {

	private final ThaiDates dates = new ThaiDates();

	@Test
	void writesDatesWithTheBuddhistEraYearAndThaiMonths() {
		assertThat(this.dates.date(LocalDate.of(1960, 4, 13))).isEqualTo("13 เมษายน 2503");
	}

	@Test
	void writesTimesInBangkokEvenAcrossMidnightUtc() {
		assertThat(this.dates.dateTime(Instant.parse("2026-12-31T18:30:00Z"))).isEqualTo("1 ม.ค. 2570 01:30 น.");
	}

	@Test
	void writesNothingForNoDate() {
		assertThat(this.dates.date(null)).isEmpty();
	}

}
