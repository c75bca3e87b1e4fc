package org.cirm.servicerequest;

import java.time.Instant;
import java.util.List;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;

/**
 * How a request ended, as its model says: the end event reached declares the outcome
 * ({@code request.outcome}) and which of the request's values the applicant sees with it
 * ({@code outcome.show.<variable>}, labelled "ไทย / English"), such as the reason of a
 * refusal or what an agency did.
 *
 * @param end the name of the end event reached ("Permit refused")
 * @param at when it was reached
 * @param details the values the model shows, in the model's order; blank ones left out
 */
public record Outcome(Kind kind, Bilingual end, Instant at, List<Detail> details) {

	public Outcome {
		details = List.copyOf(details);
	}

	public enum Kind {

		/** The service was given: permit granted, allowance registered. */
		APPROVED,
		/** The service was refused, with a reason. */
		REFUSED,
		/** A complaint or question was answered, whatever was done about it. */
		ANSWERED,
		/** The request lapsed: the applicant did not do what was asked in time. */
		LAPSED,
		/** The applicant withdrew the request. */
		WITHDRAWN;

		/** The outcome in words, "อนุมัติ / Approved". */
		public Bilingual label() {
			return Texts.of("outcome." + name());
		}

		/** The applicant got what they asked for (or an answer to it). */
		public boolean granted() {
			return this == APPROVED || this == ANSWERED;
		}

	}

	/** One value the model shows with the outcome: "เหตุผล / Reason": "...". */
	public record Detail(Bilingual label, String value) {
	}

}
