package org.cirm.feedback.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cirm.feedback.FeedbackGiven;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.Satisfaction;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TooManyAttemptsException;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen rates a request (1 to 5, with a comment, and each step they saw) and may
 * dispute a close that is not done, with the tracking code and the last four ID digits. A
 * service that asks for these in its model gets them as messages {@code <service>.rated}
 * (with {@code satisfaction}) and {@code <service>.disputed}, which reopens the request
 * at the step the model says (the complaint's agency step); every rating and dispute is
 * kept and counted.
 */
@Component
class Feedback {

	private final ServiceRequests requests;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Feedback(ServiceRequests requests, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.requests = requests;
		this.jdbc = jdbc;
		this.events = events;
	}

	record Rating(String trackingCode, String nationalIdLastFour, Integer rating, String comment,
			Map<String, Integer> steps) {
	}

	record Dispute(String trackingCode, String nationalIdLastFour, String reason) {
	}

	/** What happened, with the status an API answers and the message a page shows. */
	record Outcome(HttpStatus status, Bilingual message) {
	}

	@Transactional
	Outcome rate(Rating rating, String client) {
		if (!inRange(rating.rating())
				|| (rating.steps() != null && !rating.steps().values().stream().allMatch(Feedback::inRange))) {
			return problem(HttpStatus.BAD_REQUEST, "feedback.rating.range");
		}
		if (rating.comment() != null && rating.comment().length() > 2000) {
			return problem(HttpStatus.BAD_REQUEST, "feedback.comment.length");
		}
		Optional<FiledRequest> request;
		try {
			request = find(rating.trackingCode(), rating.nationalIdLastFour(), client);
		}
		catch (TooManyAttemptsException blocked) {
			return tooMany();
		}
		if (request.isEmpty()) {
			return notFound();
		}
		String message = request.get().ratedMessage();
		boolean asked = this.requests.waitsFor(request.get(), message);
		if (!asked && running(request.get())) {
			return problem(HttpStatus.CONFLICT, "feedback.rating.too-early");
		}
		String id = UUID.randomUUID().toString();
		try {
			this.jdbc
				.sql("insert into satisfaction_rating (id, request_id, service_code, rating, comment, rated_at)"
						+ " values (?, ?, ?, ?, ?, ?)")
				.params(id, request.get().requestId(), request.get().serviceCode(), rating.rating(),
						rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().strip(),
						Timestamp.from(Instant.now()))
				.update();
		}
		catch (DuplicateKeyException already) {
			return problem(HttpStatus.CONFLICT, "feedback.rating.already");
		}
		if (rating.steps() != null) {
			rating.steps()
				.forEach((step, stars) -> this.jdbc
					.sql("insert into step_rating (rating_id, step, rating) values (?, ?, ?)")
					.params(id, step, stars)
					.update());
		}
		if (asked) {
			this.requests.deliver(request.get(), message,
					Map.of(Satisfaction.RATING.name(), rating.rating().longValue()));
		}
		this.events.publishEvent(new FeedbackGiven(request.get().trackingCode()));
		return new Outcome(HttpStatus.CREATED, Texts.of("feedback.rating.thanks"));
	}

	@Transactional
	Outcome dispute(Dispute dispute, String client) {
		if (dispute.reason() == null || dispute.reason().isBlank() || dispute.reason().length() > 2000) {
			return problem(HttpStatus.BAD_REQUEST, "feedback.dispute.reason");
		}
		Optional<FiledRequest> request;
		try {
			request = find(dispute.trackingCode(), dispute.nationalIdLastFour(), client);
		}
		catch (TooManyAttemptsException blocked) {
			return tooMany();
		}
		if (request.isEmpty()) {
			return notFound();
		}
		String message = request.get().disputedMessage();
		if (!this.requests.waitsFor(request.get(), message)) {
			return problem(HttpStatus.CONFLICT, "feedback.dispute.closed");
		}
		this.jdbc.sql("insert into dispute (id, request_id, service_code, reason, disputed_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID().toString(), request.get().requestId(), request.get().serviceCode(),
					dispute.reason().strip(), Timestamp.from(Instant.now()))
			.update();
		this.requests.deliver(request.get(), message, Map.of());
		this.events.publishEvent(new FeedbackGiven(request.get().trackingCode()));
		return new Outcome(HttpStatus.CREATED, Texts.of("feedback.dispute.reopened"));
	}

	private Optional<FiledRequest> find(String code, String lastFour, String client) {
		Optional<TrackingCode> parsed = TrackingCode.parse(code);
		if (parsed.isEmpty() || lastFour == null || !lastFour.strip().matches("\\d{4}")) {
			this.requests.failedLookUp(client);
			return Optional.empty();
		}
		return this.requests.track(parsed.get(), lastFour.strip(), client);
	}

	private boolean running(FiledRequest request) {
		return this.requests.processOf(request).map(process -> !process.ended()).orElse(false);
	}

	private static boolean inRange(Integer rating) {
		return rating != null && rating >= Satisfaction.LOWEST && rating <= Satisfaction.HIGHEST;
	}

	private static Outcome notFound() {
		return new Outcome(HttpStatus.NOT_FOUND, ServiceRequests.NO_MATCH);
	}

	private static Outcome tooMany() {
		return new Outcome(HttpStatus.TOO_MANY_REQUESTS, TooManyAttemptsException.MESSAGE);
	}

	private static Outcome problem(HttpStatus status, String text) {
		return new Outcome(status, Texts.of(text));
	}

}
