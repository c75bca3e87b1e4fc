package org.cirm.servicerequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;

/** Finds filed requests. */
public interface ServiceRequests {

	/** What a citizen is told when no request matches, whatever was wrong. */
	Bilingual NO_MATCH = Texts.of("tracking.no-match");

	/**
	 * The request with this tracking code, if the applicant's national ID ends with these
	 * four digits (the second factor a citizen gives to follow, rate or dispute a
	 * request); empty for an unknown code and a wrong factor alike. Failures count
	 * against the client and the code: five within fifteen minutes block both for the
	 * window.
	 * @param client who asks (the caller's address)
	 * @throws TooManyAttemptsException while blocked
	 */
	Optional<FiledRequest> track(TrackingCode code, String nationalIdLastFour, String client);

	/** The requests a citizen filed, through any channel, latest first. */
	List<FiledRequest> filedBy(String citizenRef);

	/**
	 * The messages the request's process waits for now (a rating, a dispute): none once
	 * it ended. One query, for a page that asks about several.
	 */
	Set<String> awaitedMessages(FiledRequest request);

	/** Whether the request's process is waiting now for this message. */
	default boolean waitsFor(FiledRequest request, String message) {
		return awaitedMessages(request).contains(message);
	}

	/**
	 * Gives the request's process the message it waits for (a rating, a dispute), with
	 * these variables.
	 * @throws org.camunda.bpm.engine.MismatchingMessageCorrelationException when it waits
	 * for no such message
	 */
	void deliver(FiledRequest request, String message, Map<String, Object> variables);

	/** A client's failed look-up that never reached {@link #track} (a malformed code). */
	void failedLookUp(String client);

	/**
	 * The request with this tracking code, for a caller that proved otherwise it may see
	 * it (the Open311 client that filed it).
	 */
	Optional<FiledRequest> find(TrackingCode code);

	/**
	 * The request with this id, for an officer who started it and reads its receipt.
	 */
	Optional<FiledRequest> byId(String requestId);

	/**
	 * The reference of the citizen who filed the request with this code, for an officer
	 * who looks the caller up by the code they read out (the page that opens is audited).
	 */
	Optional<String> applicantOf(TrackingCode code);

	/**
	 * The reference of the applicant of the request this task belongs to, if this officer
	 * may work the task now (its assignee, or a candidate through one of these groups):
	 * what a reviewer must judge is read at view time, never copied into the case.
	 */
	Optional<String> applicantOfTask(String taskId, String officer, List<String> groups);

	/**
	 * How the request ended, as the end event its process reached declares; empty while
	 * it runs, and for an end that declares none (a request cancelled by an
	 * administrator).
	 */
	default Optional<Outcome> outcomeOf(FiledRequest request) {
		return processOf(request).map(ProcessState::outcome);
	}

	/**
	 * The reference of the applicant of the request a process instance runs, for what the
	 * SLA read model names by instance (a delay notice).
	 */
	Optional<String> applicantOfProcess(String processInstanceId);

	/** The name of the service a process instance runs, as its version names it. */
	Bilingual serviceNameOfProcess(String processInstanceId);

	/**
	 * The requests of a citizen, latest first, at most {@code most}: every process that
	 * carries the citizen's reference, filed through any channel.
	 */
	List<RequestSummary> summariesOf(String citizenRef, int most);

	/**
	 * Where the request's process stands, and how it ended once it did; empty before it
	 * started.
	 */
	Optional<ProcessState> processOf(FiledRequest request);

}
