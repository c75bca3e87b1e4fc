package org.cirm.agency;

/**
 * An agency's system answered, and the answer is "no": a business outcome the process
 * handles (in a model: a BPMN error with this code), never retried. Agencies say it with
 * HTTP 404 ({@value #NOT_FOUND}) or 422 and a problem body carrying a {@code code}.
 */
public class AgencyRejectedException extends RuntimeException {

	public static final String NOT_FOUND = "NOT_FOUND";

	private final String agencyCode;

	private final String code;

	public AgencyRejectedException(Agency agency, String code, String detail) {
		super(agency.nameEn() + " answered " + code + (detail == null ? "" : ": " + detail));
		this.agencyCode = agency.code();
		this.code = code;
	}

	public String agencyCode() {
		return this.agencyCode;
	}

	/** The agency's reason, also the BPMN error code a model catches. */
	public String code() {
		return this.code;
	}

}
