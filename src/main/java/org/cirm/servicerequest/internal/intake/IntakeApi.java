package org.cirm.servicerequest.internal.intake;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.IntakeRejectedException;
import org.cirm.servicerequest.Receipt;
import org.cirm.servicerequest.Submission;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The intake API: {@code POST /api/requests} files a request for a service (JSON, public,
 * described in the API reference at {@code /api/docs}). Send an {@code Idempotency-Key}:
 * a repeat answers the first request (200) instead of filing a second (201). Refusals are
 * problem details listing every field at fault in Thai and English.
 */
@RestController
class IntakeApi {

	private static final int KEY_LENGTH = 100;

	private final Intake intake;

	private final ThaiDates thaiDates;

	IntakeApi(Intake intake, ThaiDates thaiDates) {
		this.intake = intake;
		this.thaiDates = thaiDates;
	}

	record Request(String service, Submission.Applicant applicant, Map<String, Object> fields) {
	}

	record Answer(String trackingCode, String service, Bilingual serviceName, Instant receivedAt, Instant expectedBy,
			String expectedByTh) {
	}

	@Operation(
			summary = "File a request (ยื่นคำขอ): 201 with the tracking code; a repeat with the same Idempotency-Key "
					+ "answers the first request (200); 400 lists every field at fault in Thai and English")
	@PostMapping("/api/requests")
	ResponseEntity<Answer> file(@RequestBody Request request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > KEY_LENGTH)) {
			throw new IntakeRejectedException(IntakeRejectedException.Kind.INVALID, "Idempotency-Key",
					Texts.of("intake.idempotency-key.length"));
		}
		Receipt receipt = this.intake.submit(
				new Submission(request.service(), Channel.API, request.applicant(), request.fields(), idempotencyKey));
		Answer answer = new Answer(receipt.trackingCode().formatted(), receipt.serviceCode(), receipt.serviceName(),
				receipt.receivedAt(), receipt.expectedBy(), this.thaiDates.dateTime(receipt.expectedBy()));
		return receipt.repeated() ? ResponseEntity.ok(answer)
				: ResponseEntity.created(URI.create("/track")).body(answer);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(IntakeRejectedException refused) {
		HttpStatus status = switch (refused.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case UNVERIFIED -> HttpStatus.UNPROCESSABLE_ENTITY;
			case KEY_REUSED -> HttpStatus.CONFLICT;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(Texts.of("intake.refused.title").toString());
		problem.setDetail(refused.problems()
			.stream()
			.map(error -> error.th() + " / " + error.en())
			.reduce((a, b) -> a + "; " + b)
			.orElse(""));
		problem.setProperty("errors", refused.problems());
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, "60");
		}
		return answer.body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(Texts.of("intake.refused.title").toString());
		problem.setDetail(Texts.of("intake.unreadable").toString());
		return ResponseEntity.badRequest().body(problem);
	}

}
