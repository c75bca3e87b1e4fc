package org.cirm.agency;

import org.cirm.platform.Bilingual;
import org.cirm.platform.OutsideFailure;
import org.cirm.platform.Texts;

/**
 * An agency's system did not answer, or answered with an error of its own: a technical
 * failure, worth trying again (in a process: the engine retries the job, then raises an
 * incident), never a statement about the citizen.
 */
public class AgencyUnavailableException extends RuntimeException implements OutsideFailure {

	public AgencyUnavailableException(Agency agency, Throwable cause) {
		super(message(agency), cause);
	}

	public AgencyUnavailableException(Agency agency, String reason) {
		super(message(agency) + " (" + reason + ")");
	}

	private static String message(Agency agency) {
		return Texts.of("agency.unavailable", new Bilingual(agency.nameTh(), agency.nameEn())).toString();
	}

}
