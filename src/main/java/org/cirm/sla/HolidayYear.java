package org.cirm.sla;

import java.util.List;

/**
 * One year of the holiday data: the government's announcement for the year and its
 * holidays. A year is {@code PROVISIONAL} until the cabinet has announced it; its
 * estimated entries say so one by one.
 */
public record HolidayYear(int year, Status status, String announcement, List<String> notes, List<Holiday> holidays) {

	public enum Status {

		ANNOUNCED, PROVISIONAL

	}

	public HolidayYear {
		notes = notes == null ? List.of() : List.copyOf(notes);
		holidays = List.copyOf(holidays);
	}

}
