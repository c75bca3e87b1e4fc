package org.cirm.insight.internal.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One report: a title, column headings and rows of values. The page shows it as a table
 * and draws its chart from it, and its CSV export is the same rows, so what a manager
 * downloads is what they saw.
 *
 * @param id names it in links ({@code /officer/insight/<id>.csv}) and in the bundle
 * ({@code insight.table.<id>})
 * @param columns the columns' keys in the bundle ({@code insight.column.<key>})
 */
public record Table(String id, List<String> columns, List<Row> rows) {

	/**
	 * @param link where the row leads (the request in Cockpit); null for none
	 */
	public record Row(List<Object> cells, String link) {

		public Row(Object... cells) {
			this(List.of(cells), null);
		}

	}

	/** A share in percent to one decimal; null of nothing. */
	public static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null : rounded(100.0 * part / whole, 1);
	}

	/** A figure as shown and exported: rounded half up to these places. */
	public static BigDecimal rounded(double value, int places) {
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
	}

	public Bilingual title() {
		return Texts.of("insight.table." + this.id);
	}

	public List<Bilingual> headings() {
		return this.columns.stream().map(column -> Texts.of("insight.column." + column)).toList();
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/**
	 * The rows as a CSV download with this file name, with a byte-order mark so that
	 * spreadsheet programs read the Thai as UTF-8.
	 */
	public ResponseEntity<byte[]> download(String fileName) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(("\uFEFF" + csv()).getBytes(StandardCharsets.UTF_8));
	}

	/** The rows as CSV (RFC 4180), headings in both languages. */
	public String csv() {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(headings().stream().map(heading -> heading.th() + " / " + heading.en()).toList());
			for (Row row : this.rows) {
				printer.printRecord(row.cells());
			}
		}
		catch (IOException cannot) {
			throw new UncheckedIOException(cannot);
		}
		return out.toString();
	}

}
