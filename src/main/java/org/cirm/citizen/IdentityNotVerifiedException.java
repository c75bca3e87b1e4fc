package org.cirm.citizen;

import org.cirm.platform.Texts;

/**
 * The civil registry does not confirm the person the officer entered. Never accepted
 * silently: the officer sees what did not match, in Thai and English, and nothing is
 * registered.
 */
public class IdentityNotVerifiedException extends RuntimeException {

	/** What the civil registry said. */
	public enum Reason {

		NOT_FOUND, DECEASED, NAME_MISMATCH, BIRTH_DATE_MISMATCH

	}

	private final Reason reason;

	IdentityNotVerifiedException(Reason reason) {
		super(Texts.of("identity-not-verified." + reason).toString());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
