package org.cirm.servicerequest.internal.complaint;

import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.RESPONSIBLE_AGENCY;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.ROUTING;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.Routing;
import org.springframework.stereotype.Component;

/**
 * Task_RouteComplaint: the routing table picks the responsible agency, or leaves the
 * choice to the centre's triage.
 */
@Component
class RouteComplaintDelegate implements JavaDelegate {

	private final ComplaintRouting routing;

	RouteComplaintDelegate(ComplaintRouting routing) {
		this.routing = routing;
	}

	@Override
	public void execute(DelegateExecution complaint) {
		ComplaintRouting.Decision decision = this.routing.decide(complaint);
		ROUTING.set(complaint, decision.routing());
		if (decision.routing() == Routing.AGENCY) {
			RESPONSIBLE_AGENCY.set(complaint, decision.responsibleAgency());
		}
	}

}
