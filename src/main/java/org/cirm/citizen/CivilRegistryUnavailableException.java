package org.cirm.citizen;

/**
 * The civil registry could not be asked, so the citizen could be neither verified nor
 * registered. Nothing was saved; the officer may simply try again.
 */
public class CivilRegistryUnavailableException extends RuntimeException {

	CivilRegistryUnavailableException(RuntimeException cause) {
		super(cause.getMessage(), cause);
	}

}
