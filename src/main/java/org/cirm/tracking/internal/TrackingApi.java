package org.cirm.tracking.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/track}: the tracking code and the last four digits of the applicant's
 * national ID (in the body, never in a URL) answer the request's steps. An unknown code
 * and a wrong second factor get the same answer; five failures within fifteen minutes, by
 * a client or for a code, get 429 until the window has passed.
 */
@RestController
class TrackingApi {

	private final ServiceRequests requests;

	private final RequestTracker tracker;

	private final TrackingLimiter limiter;

	TrackingApi(ServiceRequests requests, RequestTracker tracker, TrackingLimiter limiter) {
		this.requests = requests;
		this.tracker = tracker;
		this.limiter = limiter;
	}

	record Query(String trackingCode, String nationalIdLastFour) {
	}

	@PostMapping("/api/track")
	ResponseEntity<?> track(@RequestBody Query query, HttpServletRequest http) {
		String client = "client:" + http.getRemoteAddr();
		if (this.limiter.blocked(client)) {
			return tooMany();
		}
		Optional<TrackingCode> code = TrackingCode.parse(query.trackingCode());
		if (code.isEmpty()) {
			this.limiter.failed(client);
			return problem(HttpStatus.BAD_REQUEST,
					"รหัสติดตามไม่ถูกต้อง กรุณาตรวจสอบการพิมพ์ (14 ตัวอักษร เช่น K7QM-2ZPA-9XW4-DH)",
					"This is not a tracking code; please check it for a typo (14 characters, like K7QM-2ZPA-9XW4-DH)");
		}
		if (query.nationalIdLastFour() == null || !query.nationalIdLastFour().strip().matches("\\d{4}")) {
			return problem(HttpStatus.BAD_REQUEST, "กรุณากรอกเลข 4 หลักท้ายของเลขประจำตัวประชาชนของผู้ยื่น",
					"Enter the last four digits of the applicant's national ID");
		}
		String subject = "code:" + code.get().value();
		if (this.limiter.blocked(subject)) {
			return tooMany();
		}
		Optional<FiledRequest> request = this.requests.track(code.get(), query.nationalIdLastFour().strip());
		if (request.isEmpty()) {
			this.limiter.failed(client);
			this.limiter.failed(subject);
			return problem(HttpStatus.NOT_FOUND, "ไม่พบคำขอที่ตรงกับรหัสติดตามและเลข 4 หลักนี้",
					"No request matches this tracking code and these four digits");
		}
		return ResponseEntity.ok(this.tracker.view(request.get()));
	}

	private static ResponseEntity<ProblemDetail> tooMany() {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.TOO_MANY_REQUESTS,
				"ลองผิดหลายครั้งเกินไป กรุณารอ 15 นาทีแล้วลองใหม่", "Too many failed attempts; please wait 15 minutes");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(TrackingLimiter.WINDOW.toSeconds()))
			.body(answer.getBody());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String th, String en) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle("ติดตามคำขอ / Track a request");
		problem.setDetail(th + " / " + en);
		problem.setProperty("th", th);
		problem.setProperty("en", en);
		return ResponseEntity.status(status).body(problem);
	}

}
