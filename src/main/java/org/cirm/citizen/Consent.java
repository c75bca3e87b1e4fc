package org.cirm.citizen;

import java.time.OffsetDateTime;

/** A consent the citizen gave for a purpose, and when they withdrew it, if they did. */
public record Consent(Purpose purpose, OffsetDateTime givenAt, OffsetDateTime withdrawnAt) {

	/** What a citizen may consent to beyond what the law itself allows. */
	public enum Purpose {

		SMS_NOTIFICATIONS, EMAIL_NOTIFICATIONS, SATISFACTION_SURVEY, DATA_SHARING_ACROSS_AGENCIES

	}

	public boolean isActive() {
		return this.withdrawnAt == null;
	}

}
