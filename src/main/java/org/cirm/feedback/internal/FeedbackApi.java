package org.cirm.feedback.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

import org.cirm.platform.Texts;
import org.cirm.servicerequest.TooManyAttemptsException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/requests/rating} and {@code /api/requests/dispute} ({@link Feedback}):
 * created, or a problem in Thai and English.
 */
@RestController
class FeedbackApi {

	private final Feedback feedback;

	FeedbackApi(Feedback feedback) {
		this.feedback = feedback;
	}

	@Operation(summary = "Rate a request (ประเมินความพึงพอใจ), with its tracking code and four ID digits")
	@PostMapping("/api/requests/rating")
	ResponseEntity<?> rate(@RequestBody Feedback.Rating rating, HttpServletRequest http) {
		return answer(this.feedback.rate(rating, http.getRemoteAddr()));
	}

	@Operation(summary = "Dispute a closed request within its window: it goes back to the agency")
	@PostMapping("/api/requests/dispute")
	ResponseEntity<?> dispute(@RequestBody Feedback.Dispute dispute, HttpServletRequest http) {
		return answer(this.feedback.dispute(dispute, http.getRemoteAddr()));
	}

	private static ResponseEntity<?> answer(Feedback.Outcome outcome) {
		if (outcome.status() == HttpStatus.CREATED) {
			return ResponseEntity.status(HttpStatus.CREATED).body(outcome.message());
		}
		ProblemDetail problem = ProblemDetail.forStatus(outcome.status());
		problem.setTitle(Texts.of("feedback.title").toString());
		problem.setDetail(outcome.message().toString());
		problem.setProperty("th", outcome.message().th());
		problem.setProperty("en", outcome.message().en());
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(outcome.status());
		if (outcome.status() == HttpStatus.TOO_MANY_REQUESTS) {
			answer.header(HttpHeaders.RETRY_AFTER, TooManyAttemptsException.retryAfterSeconds());
		}
		return answer.body(problem);
	}

}
