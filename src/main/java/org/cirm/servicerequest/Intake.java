package org.cirm.servicerequest;

import java.util.List;
import java.util.Optional;

/**
 * Files a request: the one way in for every channel (portal, JSON API, Open311, counter
 * and hotline). Validates the applicant and the fields against the service's own start
 * form, recognises or registers the applicant, and starts the service's process, all in
 * one transaction.
 */
public interface Intake {

	/**
	 * @throws IntakeRejectedException when nothing was filed, saying why
	 */
	Receipt submit(Submission submission);

	/** The form an applicant fills for the service, if the service takes this channel. */
	Optional<ApplicationForm> formOf(String serviceCode, Channel channel);

	/**
	 * The forms of the services this officer may start on this channel (a counter or the
	 * hotline), as the engine's start rights say, by name.
	 */
	List<ApplicationForm> startableBy(String officer, List<String> groups, Channel channel);

}
