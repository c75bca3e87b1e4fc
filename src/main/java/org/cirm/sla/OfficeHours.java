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

	public Duration length() {
		return Duration.between(this.opens, this.closes);
	}

}
