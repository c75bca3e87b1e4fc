package org.cirm.citizen;

/**
 * The stated name or birth date does not match what is registered for this national ID;
 * nothing was changed.
 */
public class IdentityMismatchException extends RuntimeException {

	public IdentityMismatchException() {
		super("The stated name or birth date does not match the registry");
	}

}
