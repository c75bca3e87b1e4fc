package org.cirm.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as Thai readers expect them: Buddhist Era years, Thai month names, Bangkok time
 * ({@code 13 เมษายน 2503}, {@code 23 พ.ย. 2569 21:05 น.}). Pages use it as
 * {@code @thaiDates}.
 */
@Component("thaiDates")
public class ThaiDates {

	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private static final Locale THAI = Locale.forLanguageTag("th-TH");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", THAI)
		.withChronology(ThaiBuddhistChronology.INSTANCE);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'น.'", THAI)
		.withChronology(ThaiBuddhistChronology.INSTANCE)
		.withZone(BANGKOK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", THAI)
		.withChronology(ThaiBuddhistChronology.INSTANCE);

	/** The Bangkok month of this moment as yyyymm (Gregorian). */
	public static int yyyymm(Instant at) {
		ZonedDateTime local = at.atZone(BANGKOK);
		return local.getYear() * 100 + local.getMonthValue();
	}

	/** A month written yyyymm (Gregorian), as {@code พ.ย. 2569}. */
	public String month(int yyyymm) {
		return MONTH.format(LocalDate.of(yyyymm / 100, yyyymm % 100, 1));
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** The Bangkok day of this moment, without the time. */
	public String dateOf(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(BANGKOK).toLocalDate());
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public String dateTime(Date date) {
		return date == null ? "" : dateTime(date.toInstant());
	}

	public String dateTime(OffsetDateTime time) {
		return time == null ? "" : dateTime(time.toInstant());
	}

}
