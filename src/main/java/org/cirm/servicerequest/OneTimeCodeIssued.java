package org.cirm.servicerequest;

import java.time.Instant;

/** A one-time code for "my requests", to be sent to the citizen alone. */
public record OneTimeCodeIssued(String citizenRef, String code, Instant expiresAt) {

	@Override
	public String toString() {
		return "OneTimeCodeIssued[citizenRef=" + this.citizenRef + ", code=(hidden)]";
	}

}
