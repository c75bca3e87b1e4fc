package org.cirm.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Working time across weekends, holidays on weekends with their substitution days,
 * Songkran and the new year. The holidays here are the test's own; the real ones come
 * from the holiday data.
 */
class WorkingCalendarTest {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	/**
	 * Songkran 2026 (Mon-Wed), a Sunday holiday with its Monday substitute, the new year.
	 */
	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 14),
			LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31),
			LocalDate.of(2027, 1, 1));

	private final WorkingCalendar calendar = new WorkingCalendar(HOLIDAYS, OfficeHours.GOVERNMENT);

	@Test
	void weekendsAndHolidaysAreNotWorkingDays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 4, 11))).as("Saturday").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 4, 14))).as("Songkran").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 6, 1))).as("substitution day").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 4, 16))).as("Thursday after").isTrue();
	}

	@Test
	void aLimitOverSongkranSkipsItsDays() {
		assertThat(this.calendar.addWorkingDays(at(2026, 4, 10, 10, 0), 1)).isEqualTo(at(2026, 4, 16, 16, 30));
		assertThat(this.calendar.addWorkingDays(at(2026, 4, 9, 10, 0), 3)).isEqualTo(at(2026, 4, 17, 16, 30));
	}

	@Test
	void aClockStartingOnAHolidayOrAfterHoursStillGetsFullDays() {
		assertThat(this.calendar.addWorkingDays(at(2026, 4, 13, 9, 0), 1)).as("received during Songkran")
			.isEqualTo(at(2026, 4, 16, 16, 30));
		assertThat(this.calendar.addWorkingDays(at(2026, 4, 9, 18, 0), 1)).as("received after closing")
			.isEqualTo(at(2026, 4, 10, 16, 30));
		assertThat(this.calendar.addWorkingDays(at(2026, 4, 11, 11, 0), 1)).as("received on Saturday")
			.isEqualTo(at(2026, 4, 16, 16, 30));
	}

	@Test
	void aHolidayOnASundayIsMadeUpOnMonday() {
		assertThat(this.calendar.addWorkingDays(at(2026, 5, 29, 10, 0), 1)).isEqualTo(at(2026, 6, 2, 16, 30));
	}

	@Test
	void aLimitRunsOverTheNewYear() {
		assertThat(this.calendar.addWorkingDays(at(2026, 12, 30, 10, 0), 2)).isEqualTo(at(2027, 1, 5, 16, 30));
	}

	@Test
	void workingHoursRunOnlyWhileOfficesAreOpen() {
		assertThat(this.calendar.addWorkingHours(at(2026, 4, 17, 16, 0), Duration.ofHours(2))).as("Friday 16:00 + 2 h")
			.isEqualTo(at(2026, 4, 20, 10, 0));
		assertThat(this.calendar.addWorkingHours(at(2026, 4, 16, 7, 0), Duration.ofHours(1))).as("before opening")
			.isEqualTo(at(2026, 4, 16, 9, 30));
		assertThat(this.calendar.addWorkingHours(at(2026, 4, 10, 16, 0), Duration.ofHours(1))).as("into Songkran")
			.isEqualTo(at(2026, 4, 16, 9, 0));
	}

	@Test
	void workingTimeBetweenCountsOnlyOfficeHours() {
		assertThat(this.calendar.workingTimeBetween(at(2026, 4, 10, 15, 30), at(2026, 4, 16, 9, 30)))
			.isEqualTo(Duration.ofHours(2));
		assertThat(this.calendar.workingTimeBetween(at(2026, 4, 16, 9, 0), at(2026, 4, 16, 8, 0))).isZero();
		assertThat(this.calendar.workingDaysBetween(at(2026, 4, 9, 8, 30), at(2026, 4, 17, 16, 30)))
			.as("Thu, Fri, then Thu and Fri after Songkran")
			.isEqualTo(4);
	}

	/**
	 * Whole days are counted, not walked: the count agrees with adding up every day's
	 * office time, over spans of minutes to two years, holidays and weekends included.
	 */
	@Property
	void workingTimeBetweenAgreesWithAddingUpEveryDay(@ForAll @IntRange(min = 0, max = 60 * 24 * 800) int startMinute,
			@ForAll @IntRange(min = 0, max = 60 * 24 * 730) int lengthMinutes) {
		Instant from = at(2025, 12, 1, 0, 0).plus(Duration.ofMinutes(startMinute));
		Instant to = from.plus(Duration.ofMinutes(lengthMinutes));

		assertThat(this.calendar.workingTimeBetween(from, to)).isEqualTo(dayByDay(from, to));
	}

	private Duration dayByDay(Instant from, Instant to) {
		Duration total = Duration.ZERO;
		LocalDateTime start = LocalDateTime.ofInstant(from, BANGKOK);
		LocalDateTime end = LocalDateTime.ofInstant(to, BANGKOK);
		for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
			if (this.calendar.isWorkingDay(day)) {
				LocalDateTime opens = day.atTime(OfficeHours.GOVERNMENT.opens());
				LocalDateTime closes = day.atTime(OfficeHours.GOVERNMENT.closes());
				opens = opens.isBefore(start) ? start : opens;
				closes = closes.isAfter(end) ? end : closes;
				if (opens.isBefore(closes)) {
					total = total.plus(Duration.between(opens, closes));
				}
			}
		}
		return total;
	}

	@Property
	void nWorkingDaysEndAtClosingTimeOfAWorkingDayAndHoldExactlyNDays(
			@ForAll @IntRange(min = 0, max = 700) int daysAfter2026, @ForAll @IntRange(min = 0, max = 23) int hour,
			@ForAll @IntRange(min = 1, max = 30) int limit) {
		Instant start = LocalDate.of(2026, 1, 1).plusDays(daysAfter2026).atTime(hour, 0).atZone(BANGKOK).toInstant();

		Instant due = this.calendar.addWorkingDays(start, limit);

		LocalDateTime local = due.atZone(BANGKOK).toLocalDateTime();
		assertThat(this.calendar.isWorkingDay(local.toLocalDate())).isTrue();
		assertThat(local.toLocalTime()).isEqualTo(OfficeHours.GOVERNMENT.closes());
		Instant nextMorning = start.atZone(BANGKOK).toLocalDate().plusDays(1).atStartOfDay(BANGKOK).toInstant();
		assertThat(this.calendar.workingDaysBetween(nextMorning, due)).isEqualTo(limit);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BANGKOK).toInstant();
	}

}
