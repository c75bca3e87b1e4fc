package org.cirm.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Set;

import org.cirm.platform.ThaiDates;

/**
 * Working time on the Thai government calendar, in Asia/Bangkok: Monday to Friday except
 * public holidays (substitution and special days included), within office hours.
 *
 * <p>
 * A limit of N working days ends when offices close on the Nth working day after the day
 * the clock starts; the starting day itself never counts, so a request received on a
 * holiday, at a weekend or after closing time gets exactly N full working days too. A
 * limit in working hours runs only while offices are open.
 */
public final class WorkingCalendar {

	private static final ZoneId BANGKOK = ThaiDates.BANGKOK;

	private static final int YEARS_OF_DAYS = 3 * 366;

	/**
	 * 1970-01-01, epoch day 0, was a Thursday: Monday is 0 in {@code (day + 3) mod 7}.
	 */
	private static final int THURSDAY = 3;

	private final Set<LocalDate> holidays;

	/** The holidays that fall from Monday to Friday, as sorted epoch days. */
	private final long[] weekdayHolidays;

	private final OfficeHours hours;

	public WorkingCalendar(Set<LocalDate> holidays, OfficeHours hours) {
		this.holidays = Set.copyOf(holidays);
		this.weekdayHolidays = holidays.stream()
			.filter(day -> day.getDayOfWeek().getValue() <= 5)
			.mapToLong(LocalDate::toEpochDay)
			.sorted()
			.toArray();
		this.hours = hours;
	}

	public boolean isWorkingDay(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY, SUNDAY -> false;
			default -> !this.holidays.contains(day);
		};
	}

	/** When offices close on the Nth working day after the day of {@code start}. */
	public Instant addWorkingDays(Instant start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + days);
		}
		LocalDate day = start.atZone(BANGKOK).toLocalDate();
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return at(this.hours.closes().atDate(day));
	}

	/** The instant when {@code hours} of office time after {@code start} have passed. */
	public Instant addWorkingHours(Instant start, Duration hours) {
		if (hours.isNegative()) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + hours);
		}
		ZonedDateTime now = start.atZone(BANGKOK);
		Duration left = hours;
		for (int guard = 0; guard < YEARS_OF_DAYS; guard++) {
			LocalDate day = now.toLocalDate();
			if (isWorkingDay(day)) {
				LocalDateTime from = max(now.toLocalDateTime(), this.hours.opens().atDate(day));
				LocalDateTime until = this.hours.closes().atDate(day);
				Duration available = from.isBefore(until) ? Duration.between(from, until) : Duration.ZERO;
				if (left.compareTo(available) <= 0) {
					return at(from.plus(left));
				}
				left = left.minus(available);
			}
			now = day.plusDays(1).atStartOfDay(BANGKOK);
		}
		throw new IllegalStateException("No working time within three years of " + start);
	}

	/**
	 * Office time between two instants (zero when {@code to} is not after {@code from}).
	 */
	public Duration workingTimeBetween(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		LocalDateTime start = from.atZone(BANGKOK).toLocalDateTime();
		LocalDateTime end = to.atZone(BANGKOK).toLocalDateTime();
		LocalDate first = start.toLocalDate();
		LocalDate last = end.toLocalDate();
		if (first.equals(last)) {
			return officeTime(first, start, end);
		}
		// The days in between are whole: counted, not walked (a case may have waited a
		// year, and every look-up of it asks).
		long wholeDays = workingDays(first.toEpochDay() + 1, last.toEpochDay() - 1);
		return officeTime(first, start, end).plus(officeTime(last, start, end))
			.plus(this.hours.length().multipliedBy(wholeDays));
	}

	/** Office time on one day within {@code start} and {@code end}. */
	private Duration officeTime(LocalDate day, LocalDateTime start, LocalDateTime end) {
		if (!isWorkingDay(day)) {
			return Duration.ZERO;
		}
		LocalDateTime opens = max(start, this.hours.opens().atDate(day));
		LocalDateTime closes = min(end, this.hours.closes().atDate(day));
		return opens.isBefore(closes) ? Duration.between(opens, closes) : Duration.ZERO;
	}

	/** Working days from one epoch day to another, both included. */
	private long workingDays(long firstDay, long lastDay) {
		if (lastDay < firstDay) {
			return 0;
		}
		return weekdaysBefore(lastDay + 1) - weekdaysBefore(firstDay) - holidaysBefore(lastDay + 1)
				+ holidaysBefore(firstDay);
	}

	/** Mondays to Fridays among the epoch days before {@code day}, from day 0. */
	private static long weekdaysBefore(long day) {
		long weeks = Math.floorDiv(day, 7);
		int rest = (int) Math.floorMod(day, 7);
		long weekdays = weeks * 5;
		for (int i = 0; i < rest; i++) {
			if ((THURSDAY + i) % 7 < 5) {
				weekdays++;
			}
		}
		return weekdays;
	}

	/** The weekday holidays before this epoch day. */
	private long holidaysBefore(long day) {
		int found = Arrays.binarySearch(this.weekdayHolidays, day);
		return found >= 0 ? found : -found - 1;
	}

	/** Whole working days between two instants, as a citizen counts them. */
	public long workingDaysBetween(Instant from, Instant to) {
		return workingTimeBetween(from, to).toMinutes() / this.hours.length().toMinutes();
	}

	public OfficeHours hours() {
		return this.hours;
	}

	private static Instant at(LocalDateTime time) {
		return time.atZone(BANGKOK).toInstant();
	}

	private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}

}
