package org.cirm.sla;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When an agency's offices are open on a working day (08:30 to 16:30 for most Thai
 * government offices).
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {

	public static final OfficeHours GOVERNMENT = new OfficeHours(LocalTime.of(8, 30), LocalTime.of(16, 30));

	public OfficeHours {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("Offices must open before they close: " + opens + "-" + closes);
		}
	}

	/** Reads {@code 08:30-16:30}. */
	public static OfficeHours parse(String text) {
		String[] times = text.trim().split("\\s*-\\s*");
		if (times.length != 2) {
			throw new IllegalArgumentException("Office hours are written opens-closes, like 08:30-16:30: " + text);
		}
		return new OfficeHours(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
	}

	@Override
	public String toString() {
		return this.opens + "-" + this.closes;
	}

	public Duration length() {
		return Duration.between(this.opens, this.closes);
	}

}
