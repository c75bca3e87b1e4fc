package org.cirm.agency;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The Damrongdhama complaint centre (hotline 1111), which keeps the national register of
 * complaints. Its system pulls new complaints as external tasks
 * ({@value #RECORD_COMPLAINT_TOPIC}); a service may also push a case to it.
 */
@Component
public class ComplaintCentre {

	public static final String AGENCY = "complaint-centre";

	/**
	 * The external-task topic the centre's system pulls: new complaints to record in the
	 * national register; it completes each with the variable {@code centreCaseNumber}.
	 */
	public static final String RECORD_COMPLAINT_TOPIC = "complaint-centre.record-complaint";

	/** What the centre needs: no names, no national ID. */
	public record CaseReport(String requestRef, String category, String province) {
	}

	public record CaseRegistered(String caseNumber) {
	}

	private final AgencyOperation<CaseReport, CaseRegistered> registerCase;

	ComplaintCentre(AgencyGateway gateway) {
		this.registerCase = gateway.operation(AGENCY, "register-case", "/cases", CaseRegistered.class);
	}

	public AgencyOperation<CaseReport, CaseRegistered> registerCase() {
		return this.registerCase;
	}

}
