package org.cirm.insight.internal.facts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cirm.feedback.Ratings;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.RequestHistory;
import org.cirm.servicerequest.RequestRecord;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.sla.Deadline;
import org.cirm.sla.ServiceLevels;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one request's facts as they stand now: its row in {@code request_fact} and a row
 * per visit of a step with a time limit in {@code step_fact}, from what
 * {@code servicerequest}, {@code sla} and {@code feedback} say of it. Replaces what was
 * there, so writing twice gives the same rows; the same code serves the live refresh and
 * the rebuild.
 */
@Component
class FactWriter {

	private final RequestHistory requests;

	private final ServiceLevels serviceLevels;

	private final Ratings ratings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	FactWriter(RequestHistory requests, ServiceLevels serviceLevels, Ratings ratings, JdbcClient jdbc,
			TransactionTemplate transaction) {
		this.requests = requests;
		this.serviceLevels = serviceLevels;
		this.ratings = ratings;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** Refreshes the request's facts; false when there is no such request. */
	boolean write(TrackingCode code) {
		Optional<RequestRecord> found = this.requests.recordOf(code);
		if (found.isEmpty()) {
			return false;
		}
		RequestRecord request = found.get();
		List<Deadline> deadlines = request.processInstanceId() == null ? List.of()
				: this.serviceLevels.of(request.processInstanceId());
		Optional<Ratings.Rated> rated = this.ratings.ratingOf(request.requestId());
		int disputes = this.ratings.disputesOf(request.requestId());
		this.transaction.executeWithoutResult(status -> {
			Set<LocalDate> days = daysOfFacts(request.requestId());
			this.jdbc.sql("delete from step_fact where request_id = ?").param(request.requestId()).update();
			this.jdbc.sql("delete from request_fact where request_id = ?").param(request.requestId()).update();
			insertRequest(request, service(deadlines), decided(deadlines), rated, disputes);
			deadlines.stream()
				.filter(deadline -> deadline.kind() == Deadline.Kind.STEP && deadline.visit() != null)
				.forEach(step -> insertStep(request, step, rated));
			days.addAll(daysOfFacts(request.requestId()));
			days.forEach(day -> this.jdbc.sql("insert into sum_pending (period) values (?)").param(day).update());
		});
		return true;
	}

	private void insertRequest(RequestRecord request, Optional<Deadline> service, Instant decided,
			Optional<Ratings.Rated> rated, int disputes) {
		this.jdbc.sql("insert into request_fact (request_id, tracking_code, process_instance, service_code,"
				+ " service_version, channel, filed_by, filed_at, agency_code, province, received_at, received_month,"
				+ " received_hour, due_at, ended_at, ended_month, working_minutes, sla_state, outcome, rating,"
				+ " disputes, refreshed_at, decided_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(request.requestId(), request.trackingCode().value(), request.processInstanceId(),
					request.serviceCode(), request.serviceVersion(), request.channel().name(),
					request.filedBy() == null ? null : request.filedBy().id(),
					request.filedBy() == null ? null : request.filedBy().agencyCode(), request.agencyCode(),
					request.province(), timestamp(request.receivedAt()), monthOf(request.receivedAt()),
					hourOf(request.receivedAt()), timestamp(service.map(Deadline::dueAt).orElse(null)),
					timestamp(request.endedAt()), monthOf(request.endedAt()),
					service.map(deadline -> deadline.workingTimeUsed().toMinutes()).orElse(null),
					service.map(deadline -> deadline.state().name()).orElse(null),
					request.outcome() == null ? null : request.outcome().name(),
					rated.map(Ratings.Rated::rating).orElse(null), disputes, timestamp(Instant.now()),
					timestamp(decided))
			.update();
	}

	private void insertStep(RequestRecord request, Deadline step, Optional<Ratings.Rated> rated) {
		this.jdbc
			.sql("insert into step_fact (visit, request_id, service_code, step, step_name, agency_code,"
					+ " worked_by, channel, filed_at, province, started_at, started_hour, due_at, ended_at,"
					+ " working_minutes, sla_state, rating) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(step.visit(), request.requestId(), request.serviceCode(), step.step(), step.stepName(),
					step.agencyCode(), request.workers().get(step.visit()), request.channel().name(),
					request.filedBy() == null ? null : request.filedBy().agencyCode(), request.province(),
					timestamp(step.startedAt()), hourOf(step.startedAt()), timestamp(step.dueAt()),
					timestamp(step.endedAt()), step.workingTimeUsed().toMinutes(), step.state().name(),
					rated.map(rating -> rating.steps().get(step.step())).orElse(null))
			.update();
	}

	/**
	 * The Bangkok days the request's facts count on in the sums: received, ended, and
	 * each step's start.
	 */
	private Set<LocalDate> daysOfFacts(String requestId) {
		Set<LocalDate> days = new TreeSet<>();
		this.jdbc
			.sql("select received_at, ended_at from request_fact where request_id = ?"
					+ " union all select started_at, null from step_fact where request_id = ?")
			.params(requestId, requestId)
			.query((row, n) -> {
				addDay(days, row.getTimestamp(1));
				addDay(days, row.getTimestamp(2));
				return null;
			})
			.list();
		return days;
	}

	private static void addDay(Set<LocalDate> days, Timestamp at) {
		if (at != null) {
			days.add(at.toInstant().atZone(ThaiDates.BANGKOK).toLocalDate());
		}
	}

	/**
	 * When the request was last decided: its service clocks all stopped (a reopened
	 * request has a second one); null while one runs, or without any.
	 */
	private static Instant decided(List<Deadline> deadlines) {
		List<Deadline> service = deadlines.stream()
			.filter(deadline -> deadline.kind() == Deadline.Kind.SERVICE)
			.toList();
		if (service.isEmpty() || service.stream().anyMatch(deadline -> deadline.endedAt() == null)) {
			return null;
		}
		return service.stream().map(Deadline::endedAt).max(Instant::compareTo).orElseThrow();
	}

	private static Optional<Deadline> service(List<Deadline> deadlines) {
		return deadlines.stream().filter(deadline -> deadline.kind() == Deadline.Kind.SERVICE).findFirst();
	}

	/** The Bangkok month as yyyymm; null for none. */
	private static Integer monthOf(Instant at) {
		return at == null ? null : ThaiDates.yyyymm(at);
	}

	private static int hourOf(Instant at) {
		return at.atZone(ThaiDates.BANGKOK).getHour();
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
