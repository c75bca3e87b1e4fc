package org.cirm.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cirm.sla.internal.HolidayFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holiday data shipped in {@code sla/holidays}: every year the platform promises
 * deadlines for is there, every day names its official source, and substitution days sit
 * where the government's rule puts them.
 */
class HolidayDataTest {

	private static final List<HolidayYear> YEARS = new HolidayFiles().read(List.of("classpath:sla/holidays/*.json"));

	/** The annual holidays on fixed dates, every year. */
	private static final List<MonthDay> FIXED = List.of(MonthDay.of(1, 1), MonthDay.of(4, 6), MonthDay.of(4, 13),
			MonthDay.of(4, 14), MonthDay.of(4, 15), MonthDay.of(5, 4), MonthDay.of(6, 3), MonthDay.of(7, 28),
			MonthDay.of(8, 12), MonthDay.of(10, 13), MonthDay.of(10, 23), MonthDay.of(12, 5), MonthDay.of(12, 10),
			MonthDay.of(12, 31));

	@Test
	void coversTwoThousandTwentyFiveToTwentySeven() {
		assertThat(YEARS).extracting(HolidayYear::year).contains(2025, 2026, 2027);
		assertThat(years(2025, 2026)).allSatisfy(year -> assertThat(year.status()).as("%d is announced", year.year())
			.isEqualTo(HolidayYear.Status.ANNOUNCED));
	}

	@Test
	void everyDayIsListedOnceAndNamesItsSource() {
		List<Holiday> all = YEARS.stream().flatMap(year -> year.holidays().stream()).toList();
		assertThat(all).extracting(Holiday::date).doesNotHaveDuplicates();
		assertThat(all).allSatisfy(holiday -> {
			assertThat(holiday.source()).as("source of %s", holiday.date()).isNotBlank();
			assertThat(holiday.nameTh()).isNotBlank();
			assertThat(holiday.nameEn()).isNotBlank();
		});
		assertThat(YEARS).allSatisfy(year -> assertThat(year.announcement()).isNotBlank());
	}

	@Test
	void everyYearHasTheAnnualHolidaysOnFixedDates() {
		for (HolidayYear year : YEARS) {
			Set<LocalDate> days = year.holidays().stream().map(Holiday::date).collect(Collectors.toSet());
			assertThat(days).as("fixed holidays of %d", year.year())
				.containsAll(FIXED.stream().map(day -> day.atYear(year.year())).toList());
			assertThat(year.holidays()).filteredOn(holiday -> holiday.kind() == Holiday.Kind.ANNUAL)
				.extracting(Holiday::nameEn)
				.as("the lunar holidays of %d", year.year())
				.contains("Makha Bucha Day", "Visakha Bucha Day", "Asarnha Bucha Day", "Buddhist Lent Day");
		}
	}

	@Test
	void substitutionDaysFallOnTheFirstWorkingDayAfterAWeekendHoliday() {
		for (HolidayYear year : YEARS) {
			Map<LocalDate, Holiday> byDate = year.holidays()
				.stream()
				.collect(Collectors.toMap(Holiday::date, Function.identity()));
			Set<LocalDate> closed = year.holidays()
				.stream()
				.filter(day -> day.kind() != Holiday.Kind.SUBSTITUTION)
				.map(Holiday::date)
				.collect(Collectors.toSet());
			List<Holiday> substitutions = year.holidays()
				.stream()
				.filter(day -> day.kind() == Holiday.Kind.SUBSTITUTION)
				.sorted(Comparator.comparing(Holiday::substitutes))
				.toList();
			for (Holiday day : substitutions) {
				Holiday original = byDate.get(day.substitutes());
				assertThat(original).as("%s makes up for a listed holiday", day.date()).isNotNull();
				assertThat(weekend(original.date())).as("%s fell at a weekend", original.date()).isTrue();
				LocalDate expected = original.date().plusDays(1);
				while (weekend(expected) || closed.contains(expected)) {
					expected = expected.plusDays(1);
				}
				assertThat(day.date()).as("substitution for %s", original.date()).isEqualTo(expected);
				closed.add(day.date());
			}
			year.holidays()
				.stream()
				.filter(day -> day.kind() != Holiday.Kind.SUBSTITUTION)
				.forEach(day -> assertThat(day.substitutes()).as("%s substitutes nothing", day.date()).isNull());
			year.holidays()
				.stream()
				.filter(day -> day.kind() == Holiday.Kind.ANNUAL && weekend(day.date()))
				.forEach(day -> assertThat(substitutions).as("a substitution for %s", day.date())
					.anyMatch(other -> day.date().equals(other.substitutes())));
		}
	}

	@Test
	void onlyAYearNotYetAnnouncedHasEstimatedDays() {
		for (HolidayYear year : YEARS) {
			boolean estimates = year.holidays().stream().anyMatch(Holiday::provisional);
			if (year.status() == HolidayYear.Status.ANNOUNCED) {
				assertThat(estimates).as("%d is announced", year.year()).isFalse();
			}
		}
	}

	@Test
	void theCalendarKnowsSongkranTheNewYearAndTheSpecialHolidays() {
		WorkingCalendar calendar = new WorkingCalendar(
				YEARS.stream().flatMap(year -> year.holidays().stream()).map(Holiday::date).collect(Collectors.toSet()),
				OfficeHours.GOVERNMENT);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 13))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 16))).as("Songkran substitution 2025").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).as("special holiday 2026").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 2))).as("special holiday 2025").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 1))).as("Labour Day is no government holiday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 16))).isTrue();
	}

	private List<HolidayYear> years(int... numbers) {
		Set<Integer> wanted = Arrays.stream(numbers).boxed().collect(Collectors.toSet());
		return YEARS.stream().filter(year -> wanted.contains(year.year())).toList();
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
