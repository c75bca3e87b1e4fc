package org.cirm.insight.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.Channel;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a report covers: requests received (steps started) in a period of Bangkok days,
 * optionally of one service, agency, province and channel; the pages bind it from their
 * form's fields. Without a period, the year up to today; a period that ends before it
 * starts is its first day. A supervisor's filter is always their own agency.
 *
 * @param to the last day included
 */
public record InsightFilter(@DateTimeFormat(iso = ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) LocalDate to, String service, String agency, String province, Channel channel) {

	public static final int DEFAULT_DAYS = 365;

	public InsightFilter {
		LocalDate today = LocalDate.now(ThaiDates.BANGKOK);
		from = from != null ? from : (to != null ? to : today).minusDays(DEFAULT_DAYS - 1);
		to = to == null ? today : (to.isBefore(from) ? from : to);
		service = blankToNull(service);
		agency = blankToNull(agency);
		province = blankToNull(province);
	}

	public static InsightFilter lastYear(LocalDate today) {
		return new InsightFilter(today.minusDays(DEFAULT_DAYS - 1), today, null, null, null, null);
	}

	public InsightFilter withService(String serviceCode) {
		return new InsightFilter(this.from, this.to, serviceCode, this.agency, this.province, this.channel);
	}

	public InsightFilter withAgency(String agencyCode) {
		return new InsightFilter(this.from, this.to, this.service, agencyCode, this.province, this.channel);
	}

	/** The filter as a query string, for links to the same view (the CSV downloads). */
	public String asQuery() {
		StringBuilder query = new StringBuilder("from=" + this.from + "&to=" + this.to);
		append(query, "service", this.service);
		append(query, "agency", this.agency);
		append(query, "province", this.province);
		append(query, "channel", this.channel == null ? null : this.channel.name());
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null) {
			query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	/** The conditions on {@code step_fact}, by when the step started. */
	public Where steps() {
		return inPeriod("started_at");
	}

	/**
	 * The conditions on the sums ({@code request_sum}, {@code step_sum}): the period's
	 * whole months from the month rows, the days at its edges from the day rows.
	 */
	public Where sums() {
		LocalDate firstMonth = this.from.getDayOfMonth() == 1 ? this.from : this.from.withDayOfMonth(1).plusMonths(1);
		LocalDate afterMonths = this.to.plusDays(1).withDayOfMonth(1);
		Where where = new Where(new StringBuilder(), new ArrayList<>());
		if (firstMonth.isBefore(afterMonths)) {
			where.sql
				.append("(grain = 'M' and period >= ? and period < ? or grain = 'D' and (period >= ? and period < ?")
				.append(" or period >= ? and period <= ?))");
			where.params.addAll(List.of(firstMonth, afterMonths, this.from, firstMonth, afterMonths, this.to));
		}
		else {
			where.sql.append("grain = 'D' and period >= ? and period <= ?");
			where.params.addAll(List.of(this.from, this.to));
		}
		return narrowed(where, "");
	}

	/**
	 * The conditions on what is open now, whenever it began, on the table of this alias
	 * ({@code ""} for none).
	 */
	public Where open(String alias) {
		return narrowed(new Where(new StringBuilder(alias + "ended_at is null"), new ArrayList<>()), alias);
	}

	private Where inPeriod(String time) {
		return narrowed(period(time), "");
	}

	/** The condition that this time column falls in the period (Bangkok days), alone. */
	public Where period(String time) {
		Where where = new Where(new StringBuilder(time + " >= ? and " + time + " < ?"), new ArrayList<>());
		where.params().add(Timestamp.from(this.from.atStartOfDay(ThaiDates.BANGKOK).toInstant()));
		where.params().add(Timestamp.from(this.to.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant()));
		return where;
	}

	/**
	 * This condition, narrowed to the filter's service, agency, province and channel, on
	 * a table with those columns.
	 */
	public Where narrowed(Where where) {
		return narrowed(where, "");
	}

	private Where narrowed(Where where, String alias) {
		return where.and(alias + "service_code", this.service)
			.and(alias + "agency_code", this.agency)
			.and(alias + "province", this.province)
			.and(alias + "channel", this.channel == null ? null : this.channel.name());
	}

	/** A SQL condition and its parameters, in order. */
	public record Where(StringBuilder sql, List<Object> params) {

		public Where and(String column, Object value) {
			if (value != null) {
				this.sql.append(" and ").append(column).append(" = ?");
				this.params.add(value);
			}
			return this;
		}

		public Where andTrue(String condition) {
			this.sql.append(" and ").append(condition);
			return this;
		}

		@Override
		public String toString() {
			return this.sql.toString();
		}

	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
