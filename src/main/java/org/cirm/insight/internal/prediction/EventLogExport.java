package org.cirm.insight.internal.prediction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cirm.platform.ThaiDates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the requests that ended as an event log (CSV), from the read model. One row per
 * visit of a step with a time limit begun before the request was done (its start and end,
 * who worked it) and one {@code (end)} row when it was done (its decision, else the end
 * of its process); the case is the request's id, never anything personal. Timestamps
 * carry Bangkok's offset.
 */
@Component
public class EventLogExport {

	static final String END = "(end)";

	static final String[] HEADER = { "case", "service", "channel", "activity", "start", "end", "resource", "deadline" };

	/** The columns of the log written here, for reading it back. */
	public static final EventLogCsv.Columns COLUMNS = new EventLogCsv.Columns("case", "activity", "end", "start",
			"resource", "channel", "service", "deadline");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ThaiDates.BANGKOK);

	private final JdbcClient jdbc;

	EventLogExport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the log once the read model is current; returns how many requests it holds.
	 */
	public int export(Path file) {
		awaitReadModel();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
			this.jdbc
				.sql("select r.request_id, r.service_code, r.channel, s.step, s.started_at,"
						+ " case when s.ended_at > " + RequestCases.DONE + " then " + RequestCases.DONE
						+ " else s.ended_at end,"
						+ " s.worked_by, r.due_at from request_fact r join step_fact s on s.request_id = r.request_id"
						+ " where r.ended_at is not null and s.ended_at is not null and s.started_at < "
						+ RequestCases.DONE + " order by r.received_at, s.started_at")
				.query(row -> {
					print(csv, row.getString(1), row.getString(2), row.getString(3), row.getString(4),
							iso(row.getTimestamp(5)), iso(row.getTimestamp(6)), row.getString(7),
							iso(row.getTimestamp(8)));
				});
			return this.jdbc
				.sql("select r.request_id, r.service_code, r.channel, " + RequestCases.DONE + ", r.due_at"
						+ " from request_fact r where r.ended_at is not null order by r.received_at")
				.query((row, n) -> {
					print(csv, row.getString(1), row.getString(2), row.getString(3), END, "", iso(row.getTimestamp(4)),
							"", iso(row.getTimestamp(5)));
					return 1;
				})
				.list()
				.size();
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
	}

	/** Lets the read model's worker carry in what a run before this one left marked. */
	private void awaitReadModel() {
		for (int second = 0; second < 600 && this.jdbc.sql("select count(*) from request_fact_pending")
			.query(Long.class)
			.single() > 0; second++) {
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static void print(CSVPrinter csv, Object... values) {
		try {
			csv.printRecord(values);
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
	}

	private static String iso(Timestamp at) {
		return at == null ? "" : ISO.format(at.toInstant());
	}

}
