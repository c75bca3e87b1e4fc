package org.cirm.agency;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The connector to the local administration's (municipality's) permit system. It receives
 * a food-premises permit application at once and decides later, after inspecting the
 * premises: the decision comes back as the callback {@value #PERMIT_DECIDED}.
 */
@Component
public class LocalAdministration {

	public static final String AGENCY = "municipality";

	/** The callback event that carries the permit decision. */
	public static final String PERMIT_DECIDED = "food-permit-decided";

	public record FoodPremisesApplication(String requestRef, String premisesNameTh, String province, String district,
			int floorAreaSquareMetres) {
	}

	public record ApplicationReceived(String applicationNumber) {
	}

	private final AgencyOperation<FoodPremisesApplication, ApplicationReceived> applyForFoodPermit;

	LocalAdministration(AgencyGateway gateway) {
		this.applyForFoodPermit = gateway.operation(AGENCY, "apply-food-permit", "/food-premises/applications",
				ApplicationReceived.class);
	}

	public AgencyOperation<FoodPremisesApplication, ApplicationReceived> applyForFoodPermit() {
		return this.applyForFoodPermit;
	}

}
