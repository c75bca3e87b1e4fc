package org.cirm.servicerequest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.cirm.citizen.CitizenRef;

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

	/**
	 * Names the applicant of a request an officer started without one (Tasklist's own
	 * start form, before the caller was identified): from now on it is theirs like a
	 * request filed for them, they are sent its code and due date, and they can track it.
	 * Only the officer who started it may, within {@link #IDENTIFY_WITHIN}.
	 * @throws IntakeRejectedException (NOT_FOUND) for a code this officer did not start;
	 * (INVALID) when the request already has an applicant or is too old
	 */
	Receipt identifyApplicant(TrackingCode code, CitizenRef citizen, String officer);

	/** How long after a start its officer may still name the applicant. */
	Duration IDENTIFY_WITHIN = Duration.ofHours(2);

}
