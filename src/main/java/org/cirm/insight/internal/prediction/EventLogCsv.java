package org.cirm.insight.internal.prediction;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an event log from CSV, one row per event, the columns named by the caller (logs
 * exported from process-mining tools call them {@code case:concept:name},
 * {@code concept:name}, {@code time:timestamp}). Timestamps are ISO-8601, with a
 * {@code T} or a space before the time, any fraction of a second, and their zone offset;
 * one without an offset is read in the zone given.
 */
public final class EventLogCsv {

	/**
	 * Which column holds what; the optional ones may be null.
	 *
	 * @param timestamp when the event ended (completed)
	 * @param start when it began
	 * @param deadline the case's legal deadline (any row of the case)
	 */
	public record Columns(String caseId, String activity, String timestamp, String start, String resource,
			String channel, String kind, String deadline) {

		public static Columns standard() {
			return new Columns("case:concept:name", "concept:name", "time:timestamp", null, "org:resource", null, null,
					null);
		}

	}

	private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.optionalStart()
		.appendLiteral('T')
		.optionalEnd()
		.optionalStart()
		.appendLiteral(' ')
		.optionalEnd()
		.appendValue(ChronoField.HOUR_OF_DAY, 2)
		.appendLiteral(':')
		.appendValue(ChronoField.MINUTE_OF_HOUR, 2)
		.optionalStart()
		.appendLiteral(':')
		.appendValue(ChronoField.SECOND_OF_MINUTE, 2)
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
		.optionalEnd()
		.optionalEnd()
		.toFormatter();

	private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder().append(LOCAL)
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.toFormatter();

	private EventLogCsv() {
	}

	/**
	 * The log's cases, in the order their first rows came.
	 * @throws IllegalArgumentException naming the line and column of the first value that
	 * cannot be read, or a column the file does not have
	 */
	public static EventLog read(Reader csv, Columns columns, ZoneId zone) {
		Map<String, Builder> cases = new LinkedHashMap<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.get()
			.parse(csv)) {
			for (String column : List.of(columns.caseId(), columns.activity(), columns.timestamp())) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new IllegalArgumentException(
							"The log has no column '" + column + "'; it has " + parser.getHeaderNames());
				}
			}
			for (CSVRecord row : parser) {
				Builder kase = cases.computeIfAbsent(row.get(columns.caseId()), Builder::new);
				kase.kind = optional(row, columns.kind(), kase.kind);
				kase.channel = optional(row, columns.channel(), kase.channel);
				String deadline = optional(row, columns.deadline(), null);
				if (deadline != null) {
					kase.deadline = instant(deadline, zone, row, columns.deadline());
				}
				String start = optional(row, columns.start(), null);
				kase.events.add(new EventLog.Event(row.get(columns.activity()),
						start == null ? null : instant(start, zone, row, columns.start()),
						instant(row.get(columns.timestamp()), zone, row, columns.timestamp()),
						optional(row, columns.resource(), null)));
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return new EventLog(cases.values().stream().map(Builder::build).toList());
	}

	private static String optional(CSVRecord row, String column, String otherwise) {
		if (column == null || !row.isMapped(column) || row.get(column).isBlank()) {
			return otherwise;
		}
		return row.get(column);
	}

	static Instant instant(String text, ZoneId zone, CSVRecord row, String column) {
		try {
			var parsed = WITH_OFFSET.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
			return parsed instanceof OffsetDateTime offset ? offset.toInstant()
					: ((LocalDateTime) parsed).atZone(zone).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			throw new IllegalArgumentException("Line " + row.getRecordNumber() + ", column '" + column + "': '" + text
					+ "' is not a timestamp like 2024-05-01T09:30:00+07:00");
		}
	}

	private static final class Builder {

		final String id;

		String kind;

		String channel;

		Instant deadline;

		final List<EventLog.Event> events = new ArrayList<>();

		Builder(String id) {
			this.id = id;
		}

		EventLog.Case build() {
			return new EventLog.Case(this.id, this.kind == null ? "" : this.kind, this.channel, this.deadline,
					this.events);
		}

	}

}
