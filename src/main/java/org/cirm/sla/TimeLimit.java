package org.cirm.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit in working time, as process owners write it in a model: {@code 15} or
 * {@code 15 working days} ({@code 15 วันทำการ}), {@code 4 working hours}
 * ({@code 4 ชั่วโมงทำการ}).
 */
public record TimeLimit(int amount, Unit unit) {

	private static final Pattern TEXT = Pattern.compile(
			"\\s*(\\d{1,4})\\s*(|working\\s+days?|วันทำการ|working\\s+hours?|ชั่วโมงทำการ)\\s*", Pattern.UNICODE_CASE);

	public enum Unit {

		WORKING_DAYS, WORKING_HOURS

	}

	public TimeLimit {
		if (amount < 0) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + amount);
		}
	}

	public static TimeLimit workingDays(int days) {
		return new TimeLimit(days, Unit.WORKING_DAYS);
	}

	/** The limit the text states, or empty when it is not a working-time limit. */
	public static Optional<TimeLimit> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = TEXT.matcher(text.toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int amount = Integer.parseInt(matcher.group(1));
		String unit = matcher.group(2);
		boolean hours = unit.contains("hour") || unit.equals("ชั่วโมงทำการ");
		return Optional.of(new TimeLimit(amount, hours ? Unit.WORKING_HOURS : Unit.WORKING_DAYS));
	}

	/** The instant this limit ends when the clock starts at {@code start}. */
	public Instant from(Instant start, WorkingCalendar calendar) {
		return switch (this.unit) {
			case WORKING_DAYS -> calendar.addWorkingDays(start, this.amount);
			case WORKING_HOURS -> calendar.addWorkingHours(start, Duration.ofHours(this.amount));
		};
	}

	@Override
	public String toString() {
		return this.amount + (this.unit == Unit.WORKING_DAYS ? " working days" : " working hours");
	}

}
