package org.cirm.agency;

/**
 * One operation of an agency's system, e.g. the business registry's "register a
 * business": a typed request, a typed answer. Calls from a process go through
 * {@link AgencyHandoffs}, which gives them an idempotency key that stays the same when
 * the engine runs the step again.
 *
 * @param <Q> the request
 * @param <R> the answer
 */
public interface AgencyOperation<Q, R> {

	String agencyCode();

	/** A short name for receipts and logs, e.g. {@code register-business}. */
	String name();

	/**
	 * Sends the request. The agency must treat a second call with the same key as the
	 * first (and answer the same).
	 * @throws AgencyRejectedException when the agency answers "no" (a business outcome)
	 * @throws AgencyUnavailableException when it does not answer usefully (technical)
	 */
	R call(String idempotencyKey, Q request);

}
