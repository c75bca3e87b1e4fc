package org.cirm.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cirm.sla.internal.HolidayFiles;
import org.cirm.sla.internal.SlaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The working-day calendars in force: the government's, and one per agency whose offices
 * keep other hours. Built from the holiday data files; {@link #reload()} reads them again
 * after a change (the deadlines that depend on them are recalculated by the SLA
 * management API).
 */
@Component
public class SlaCalendars {

	private static final Logger log = LoggerFactory.getLogger(SlaCalendars.class);

	private final SlaProperties properties;

	private volatile Snapshot current;

	SlaCalendars(SlaProperties properties) {
		this.properties = properties;
		this.current = load();
	}

	/** The calendar of government offices (08:30-16:30 unless configured otherwise). */
	public WorkingCalendar government() {
		return this.current.government();
	}

	/**
	 * The calendar of the agency's offices: the government's holidays, the agency's
	 * hours.
	 */
	public WorkingCalendar of(String agencyCode) {
		return agencyCode == null ? government() : this.current.agencies().getOrDefault(agencyCode, government());
	}

	/** The holiday data in force, year by year. */
	public List<HolidayYear> years() {
		return this.current.years();
	}

	/** Reads the holiday data again; returns the years now in force. */
	public synchronized List<HolidayYear> reload() {
		this.current = load();
		return years();
	}

	private Snapshot load() {
		List<HolidayYear> years = new HolidayFiles().read(this.properties.holidays());
		Set<LocalDate> days = years.stream()
			.flatMap(year -> year.holidays().stream())
			.map(Holiday::date)
			.collect(Collectors.toUnmodifiableSet());
		years.stream()
			.filter(year -> year.status() == HolidayYear.Status.PROVISIONAL)
			.forEach(year -> log.warn("The holidays of {} are provisional until the government announces them: {}",
					year.year(), year.notes()));
		WorkingCalendar government = new WorkingCalendar(days, OfficeHours.parse(this.properties.officeHours()));
		Map<String, WorkingCalendar> agencies = this.properties.agencyOfficeHours()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					entry -> new WorkingCalendar(days, OfficeHours.parse(entry.getValue()))));
		return new Snapshot(years, government, agencies);
	}

	private record Snapshot(List<HolidayYear> years, WorkingCalendar government,
			Map<String, WorkingCalendar> agencies) {
	}

}
