package org.cirm.agency;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The connector to the Damrongdhama complaint centre (hotline 1111), which keeps the
 * national register of complaints: a complaint handled here is registered there and gets
 * the centre's case number.
 */
@Component
public class ComplaintCentre {

	public static final String AGENCY = "complaint-centre";

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
