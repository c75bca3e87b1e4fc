package org.cirm.insight.internal;

import org.cirm.sla.OfficeHours;

/**
 * The working day the reports count in: a government office day, so working time on a
 * clock reads as the days of the time limits the manuals state.
 */
public final class WorkingDays {

	public static final long MINUTES = OfficeHours.GOVERNMENT.length().toMinutes();

	private WorkingDays() {
	}

	public static double of(long minutes) {
		return minutes / (double) MINUTES;
	}

}
