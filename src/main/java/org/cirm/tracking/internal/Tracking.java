package org.cirm.tracking.internal;

import java.util.Optional;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TooManyAttemptsException;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.servicerequest.TrackingLinks;

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

	private final TrackingLinks links;

	Tracking(ServiceRequests requests, RequestTracker tracker, TrackingLinks links) {
		this.requests = requests;
		this.tracker = tracker;
		this.links = links;
	}

	enum Refusal {

		MALFORMED_CODE(Texts.of("tracking.code.malformed")), MALFORMED_FACTOR(Texts.of("tracking.factor.malformed")),
		NOT_FOUND(ServiceRequests.NO_MATCH), TOO_MANY(TooManyAttemptsException.MESSAGE);

		private final Bilingual message;

		Refusal(Bilingual message) {
			this.message = message;
		}

		Bilingual message() {
			return this.message;
		}

	}

	/** Either the view or why there is none. */
	record Outcome(RequestTracker.View view, Refusal refusal) {
	}

	Outcome lookUp(String codeText, String lastFour, String client) {
		try {
			Optional<TrackingCode> code = TrackingCode.parse(codeText);
			if (code.isEmpty()) {
				this.requests.failedLookUp(client);
				return refused(Refusal.MALFORMED_CODE);
			}
			if (lastFour == null || !lastFour.strip().matches("\\d{4}")) {
				return refused(Refusal.MALFORMED_FACTOR);
			}
			return this.requests.track(code.get(), lastFour.strip(), client)
				.map(request -> new Outcome(this.tracker.view(request), null))
				.orElse(refused(Refusal.NOT_FOUND));
		}
		catch (TooManyAttemptsException blocked) {
			return refused(Refusal.TOO_MANY);
		}
	}

	/**
	 * Sends the owner a one-time link, if the code is a request's; the answer is the same
	 * either way. Empty when it was sent (or would have been), else why not.
	 */
	Optional<Refusal> sendLink(String codeText) {
		Optional<TrackingCode> code = TrackingCode.parse(codeText);
		code.ifPresent(this.links::send);
		return code.isPresent() ? Optional.empty() : Optional.of(Refusal.MALFORMED_CODE);
	}

	/** The request a one-time link opens, once. */
	Optional<RequestTracker.View> openLink(String token) {
		return this.links.redeem(token).map(this.tracker::view);
	}

	private static Outcome refused(Refusal refusal) {
		return new Outcome(null, refusal);
	}

}
