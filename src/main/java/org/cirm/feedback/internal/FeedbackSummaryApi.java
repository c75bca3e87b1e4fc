package org.cirm.feedback.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cirm.platform.Roles;
import org.cirm.platform.ThaiDates;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Satisfaction and disputes counted per service over a period, for supervisors:
 * {@code GET /officer/api/feedback?from=2026-11-01&to=2026-11-30}.
 */
@RestController
class FeedbackSummaryApi {

	private final JdbcClient jdbc;

	FeedbackSummaryApi(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ServiceSummary(String service, long ratings, Double averageRating, long disputes) {
	}

	@GetMapping("/officer/api/feedback")
	List<ServiceSummary> summary(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication officer) {
		if (!Roles.belongsToAny(officer, Roles.SUPERVISOR, Roles.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Supervisors only");
		}
		Timestamp start = Timestamp.from(from.atStartOfDay(ThaiDates.BANGKOK).toInstant());
		Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(ThaiDates.BANGKOK).toInstant());
		Map<String, Long> disputes = new HashMap<>();
		this.jdbc
			.sql("select service_code, count(*) from dispute where disputed_at >= ? and disputed_at < ?"
					+ " group by service_code")
			.params(start, end)
			.query((row, n) -> disputes.put(row.getString(1), row.getLong(2)))
			.list();
		List<ServiceSummary> rated = this.jdbc.sql("""
				select service_code, count(*), avg(cast(rating as double precision)) from satisfaction_rating
				where rated_at >= ? and rated_at < ? group by service_code order by service_code""")
			.params(start, end)
			.query((row, n) -> new ServiceSummary(row.getString(1), row.getLong(2), row.getDouble(3),
					disputes.getOrDefault(row.getString(1), 0L)))
			.list();
		List<ServiceSummary> onlyDisputed = disputes.entrySet()
			.stream()
			.filter(entry -> rated.stream().noneMatch(summary -> summary.service().equals(entry.getKey())))
			.map(entry -> new ServiceSummary(entry.getKey(), 0, null, entry.getValue()))
			.toList();
		return Stream.concat(rated.stream(), onlyDisputed.stream()).toList();
	}

}
