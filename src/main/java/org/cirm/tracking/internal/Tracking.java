package org.cirm.tracking.internal;

import java.util.Optional;

import org.cirm.platform.Bilingual;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.stereotype.Component;

/**
 * A citizen's look-up of a request, for the page and the API alike: the tracking code and
 * the last four digits of the applicant's national ID. An unknown code and a wrong factor
 * get the same answer; five failures within fifteen minutes, by a client or for a code,
 * block further tries for the rest of the window.
 */
@Component
class Tracking {

	private final ServiceRequests requests;

	private final RequestTracker tracker;

	private final TrackingLimiter limiter;

	Tracking(ServiceRequests requests, RequestTracker tracker, TrackingLimiter limiter) {
		this.requests = requests;
		this.tracker = tracker;
		this.limiter = limiter;
	}

	enum Refusal {

		MALFORMED_CODE("รหัสติดตามไม่ถูกต้อง กรุณาตรวจสอบการพิมพ์ (14 ตัวอักษร เช่น K7QM-2ZPA-9XW4-DH)",
				"This is not a tracking code; please check it for a typo (14 characters, like K7QM-2ZPA-9XW4-DH)"),
		MALFORMED_FACTOR("กรุณากรอกเลข 4 หลักท้ายของเลขประจำตัวประชาชนของผู้ยื่น",
				"Enter the last four digits of the applicant's national ID"),
		NOT_FOUND("ไม่พบคำขอที่ตรงกับรหัสติดตามและเลข 4 หลักนี้",
				"No request matches this tracking code and these four digits"),
		TOO_MANY("ลองผิดหลายครั้งเกินไป กรุณารอ 15 นาทีแล้วลองใหม่",
				"Too many failed attempts; please wait 15 minutes");

		private final Bilingual message;

		Refusal(String th, String en) {
			this.message = new Bilingual(th, en);
		}

		Bilingual message() {
			return this.message;
		}

	}

	/** Either the view or why there is none. */
	record Outcome(RequestTracker.View view, Refusal refusal) {
	}

	Outcome lookUp(String codeText, String lastFour, String client) {
		String clientSubject = "client:" + client;
		if (this.limiter.blocked(clientSubject)) {
			return refused(Refusal.TOO_MANY);
		}
		Optional<TrackingCode> code = TrackingCode.parse(codeText);
		if (code.isEmpty()) {
			this.limiter.failed(clientSubject);
			return refused(Refusal.MALFORMED_CODE);
		}
		if (lastFour == null || !lastFour.strip().matches("\\d{4}")) {
			return refused(Refusal.MALFORMED_FACTOR);
		}
		String codeSubject = "code:" + code.get().value();
		if (this.limiter.blocked(codeSubject)) {
			return refused(Refusal.TOO_MANY);
		}
		Optional<FiledRequest> request = this.requests.track(code.get(), lastFour.strip());
		if (request.isEmpty()) {
			this.limiter.failed(clientSubject);
			this.limiter.failed(codeSubject);
			return refused(Refusal.NOT_FOUND);
		}
		return new Outcome(this.tracker.view(request.get()), null);
	}

	private static Outcome refused(Refusal refusal) {
		return new Outcome(null, refusal);
	}

}
