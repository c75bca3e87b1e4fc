package org.cirm.insight.internal.prediction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.cirm.platform.ThaiDates;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the forecast made for each state a request enters, and scores them all when it
 * ends: the time it really took from each, whether it ended past its deadline. Run by the
 * read model's worker after it refreshed a request's facts, on any node: a state is kept
 * once (a unique key on request and time), and scoring writes the same values twice.
 */
@Component
public class PredictionLog {

	private final RequestCases cases;

	private final Forecaster forecaster;

	private final JdbcClient jdbc;

	PredictionLog(RequestCases cases, Forecaster forecaster, JdbcClient jdbc) {
		this.cases = cases;
		this.forecaster = forecaster;
		this.jdbc = jdbc;
	}

	/** Brings the request's forecasts up to date with its facts. */
	public void update(String trackingCode) {
		Optional<RequestCases.Request> found = this.cases.byTrackingCode(trackingCode);
		if (found.isEmpty()) {
			return;
		}
		RequestCases.Request request = found.get();
		Instant last = this.jdbc.sql("select max(made_at) from prediction where request_id = ?")
			.param(request.id())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		for (Forecaster.Made made : this.forecaster.madeSince(request, last)) {
			keep(request, made);
		}
		if (!request.running()) {
			score(request);
		}
	}

	private void keep(RequestCases.Request request, Forecaster.Made made) {
		RemainingTime.Prediction prediction = made.prediction();
		try {
			this.jdbc.sql("insert into prediction (request_id, service_code, agency_code, case_state, made_at,"
					+ " median_days, low_days, high_days, basis, risk, base_rate, median_baseline, deadline_baseline)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(request.id(), request.kase().kind(), request.agency(), made.state(), Timestamp.from(made.at()),
						prediction == null ? null : prediction.median(), prediction == null ? null : prediction.low(),
						prediction == null ? null : prediction.high(), made.basis(),
						prediction == null ? null : prediction.risk(), made.baseRate(), made.medianBaseline(),
						made.deadlineBaseline())
				.update();
		}
		catch (DuplicateKeyException keptByAnotherNode) {
			// the same forecast, kept already
		}
	}

	/** What each forecast should have said: the working days from it to the end. */
	private void score(RequestCases.Request request) {
		List<Instant> unscored = this.jdbc
			.sql("select made_at from prediction where request_id = ? and ended_at is null")
			.param(request.id())
			.query(Timestamp.class)
			.list()
			.stream()
			.map(Timestamp::toInstant)
			.toList();
		double duration = this.forecaster.days(request.kase().started(), request.ended());
		Boolean late = request.due() == null ? null : request.ended().isAfter(request.due());
		int month = ThaiDates.yyyymm(request.ended());
		for (Instant made : unscored) {
			this.jdbc
				.sql("update prediction set actual_days = ?, duration_days = ?, late = ?, ended_at = ?,"
						+ " ended_month = ? where request_id = ? and made_at = ?")
				.params(this.forecaster.days(made, request.ended()), duration, late, Timestamp.from(request.ended()),
						month, request.id(), Timestamp.from(made))
				.update();
		}
	}

}
