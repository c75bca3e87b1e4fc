package org.cirm.sla.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.cirm.sla.HolidayYear;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the holiday data: one JSON file per year ({@code sla/holidays/2026.json}). A file
 * found later for the same year replaces the earlier one, so operators can put an updated
 * year (a special holiday the cabinet just declared) in a directory of their own.
 */
public final class HolidayFiles {

	private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	/** The years found at the locations, in year order. */
	public List<HolidayYear> read(List<String> locations) {
		Map<Integer, HolidayYear> years = new TreeMap<>();
		for (String location : locations) {
			for (Resource file : find(location)) {
				HolidayYear year = read(file);
				years.put(year.year(), year);
			}
		}
		if (years.isEmpty()) {
			throw new IllegalStateException(
					"No holiday data at " + locations + ": without it every weekday would count as a working day");
		}
		return new ArrayList<>(years.values());
	}

	private Resource[] find(String location) {
		try {
			Resource[] found = this.resources.getResources(location);
			Arrays.sort(found, Comparator.comparing(Resource::getDescription));
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the holiday data at " + location, ex);
		}
	}

	private static HolidayYear read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			HolidayYear year = JSON.readValue(in, HolidayYear.class);
			year.holidays().forEach(holiday -> {
				if (holiday.date().getYear() != year.year() || holiday.source() == null || holiday.source().isBlank()) {
					throw new IllegalStateException("In " + file.getDescription() + ", " + holiday.date()
							+ " must fall in " + year.year() + " and name its source");
				}
			});
			return year;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the holiday data " + file.getDescription(), ex);
		}
	}

}
