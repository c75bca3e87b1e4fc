package org.cirm.tracking.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cirm.servicerequest.TooManyAttemptsException;
import org.cirm.platform.Texts;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/track}: the tracking code and the last four digits of the applicant's
 * national ID (in the body, never in a URL) answer the request's steps
 * ({@link Tracking}).
 */
@RestController
class TrackingApi {

	private final Tracking tracking;

	private final MessageSource messages;

	TrackingApi(Tracking tracking, MessageSource messages) {
		this.tracking = tracking;
		this.messages = messages;
	}

	record Query(String trackingCode, String nationalIdLastFour) {
	}

	record LinkQuery(String trackingCode) {
	}

	/**
	 * {@code POST /api/track/link}: sends the owner a one-time link to the phone or
	 * e-mail on file; 202 whether or not the code is known.
	 */
	@Operation(summary = "Send the owner of a locked tracking code a one-time link by SMS or e-mail")
	@PostMapping("/api/track/link")
	ResponseEntity<?> sendLink(@RequestBody LinkQuery query) {
		return this.tracking.sendLink(query.trackingCode()).<ResponseEntity<?>>map(refusal -> {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
			problem.setTitle(Texts.of("tracking.title").toString());
			problem.setDetail(refusal.message().toString());
			return ResponseEntity.badRequest().body(problem);
		}).orElseGet(() -> {
			return ResponseEntity.accepted()
				.body(Map.of("th", this.messages.getMessage("tracking.link-sent.th", null, Locale.ROOT), "en",
						this.messages.getMessage("tracking.link-sent.en", null, Locale.ROOT)));
		});
	}

	@Operation(
			summary = "Follow a request step by step (ติดตามคำขอ): tracking code and the last four digits of the national ID, "
					+ "never in the URL; five failures in 15 minutes answer 429")
	@PostMapping("/api/track")
	ResponseEntity<?> track(@RequestBody Query query, HttpServletRequest http) {
		Tracking.Outcome outcome = this.tracking.lookUp(query.trackingCode(), query.nationalIdLastFour(),
				http.getRemoteAddr());
		if (outcome.view() != null) {
			return ResponseEntity.ok(outcome.view());
		}
		HttpStatus status = switch (outcome.refusal()) {
			case MALFORMED_CODE, MALFORMED_FACTOR -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
		};
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(Texts.of("tracking.title").toString());
		problem.setDetail(outcome.refusal().message().toString());
		problem.setProperty("th", outcome.refusal().message().th());
		problem.setProperty("en", outcome.refusal().message().en());
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
		if (status == HttpStatus.TOO_MANY_REQUESTS) {
			answer.header(HttpHeaders.RETRY_AFTER, TooManyAttemptsException.retryAfterSeconds());
		}
		return answer.body(problem);
	}

}
