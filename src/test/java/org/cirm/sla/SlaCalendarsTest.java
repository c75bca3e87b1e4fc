package org.cirm.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.cirm.platform.ThaiDates;
import org.cirm.sla.internal.SlaProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendars in force: the government's office hours, an agency's own hours on the
 * same holidays, and time limits as process owners write them.
 */
class SlaCalendarsTest {

	private final SlaCalendars calendars = new SlaCalendars(new SlaProperties(List.of("classpath:sla/holidays/*.json"),
			"08:30-16:30", Map.of("sso", "08:00-15:00"), 0.8, Duration.ofDays(7), "supervisor"));

	@Test
	void anAgencyKeepsItsOwnHoursOnTheGovernmentsHolidays() {
		Instant thursdayBeforeSongkran = bangkok("2026-04-09T10:00");

		assertThat(this.calendars.of("sso").addWorkingDays(thursdayBeforeSongkran, 2))
			.isEqualTo(bangkok("2026-04-16T15:00"));
		assertThat(this.calendars.of("dbd").addWorkingDays(thursdayBeforeSongkran, 2))
			.as("an agency without hours of its own keeps the government's")
			.isEqualTo(bangkok("2026-04-16T16:30"));
		assertThat(this.calendars.of("sso").addWorkingHours(bangkok("2026-04-10T14:00"), Duration.ofHours(2)))
			.as("an hour on Friday, the next after Songkran")
			.isEqualTo(bangkok("2026-04-16T09:00"));
	}

	@Test
	void timeLimitsReadAsProcessOwnersWriteThem() {
		assertThat(TimeLimit.parse("15")).contains(TimeLimit.workingDays(15));
		assertThat(TimeLimit.parse("15 working days")).contains(TimeLimit.workingDays(15));
		assertThat(TimeLimit.parse("1 working day")).contains(TimeLimit.workingDays(1));
		assertThat(TimeLimit.parse("15 วันทำการ")).contains(TimeLimit.workingDays(15));
		assertThat(TimeLimit.parse("4 Working Hours")).contains(new TimeLimit(4, TimeLimit.Unit.WORKING_HOURS));
		assertThat(TimeLimit.parse("4 ชั่วโมงทำการ")).contains(new TimeLimit(4, TimeLimit.Unit.WORKING_HOURS));
		assertThat(TimeLimit.parse("P15D")).isEmpty();
		assertThat(TimeLimit.parse("15 days")).as("calendar days are ISO's P15D").isEmpty();
		assertThat(TimeLimit.workingDays(15)).hasToString("15 working days");
	}

	@Test
	void officeHoursAreWrittenOpensToCloses() {
		assertThat(OfficeHours.parse("08:30-16:30")).isEqualTo(OfficeHours.GOVERNMENT);
		assertThatThrownBy(() -> OfficeHours.parse("16:30-08:30")).hasMessageContaining("open before they close");
		assertThatThrownBy(() -> OfficeHours.parse("08:30")).hasMessageContaining("08:30-16:30");
	}

	@Test
	void theHolidayDataInForceIsListedYearByYear() {
		assertThat(this.calendars.years()).extracting(HolidayYear::year).containsSequence(2025, 2026, 2027);
		assertThat(this.calendars.reload()).hasSameSizeAs(this.calendars.years());
	}

	private static Instant bangkok(String time) {
		return LocalDateTime.parse(time).atZone(ThaiDates.BANGKOK).toInstant();
	}

}
