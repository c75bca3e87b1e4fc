package org.cirm.agency;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The connector to the local administration's (municipality's) systems. The permit system
 * receives a food-premises application at once and decides later, after inspecting the
 * premises: the decision comes back as the callback {@value #PERMIT_DECIDED}. The welfare
 * system registers an approved elderly allowance for monthly payment.
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

	public enum PaymentMethod {

		BANK_TRANSFER, CASH

	}

	/** An approved allowance to pay; the national ID is for the municipality only. */
	public record AllowanceRegistration(String requestRef, String nationalId, PaymentMethod paymentMethod) {

		@Override
		public String toString() {
			return "AllowanceRegistration[requestRef=" + this.requestRef + ", paymentMethod=" + this.paymentMethod
					+ "]";
		}

	}

	public record AllowanceRegistered(String allowanceNumber) {
	}

	private final AgencyOperation<FoodPremisesApplication, ApplicationReceived> applyForFoodPermit;

	private final AgencyOperation<AllowanceRegistration, AllowanceRegistered> registerAllowance;

	LocalAdministration(AgencyGateway gateway) {
		this.applyForFoodPermit = gateway.operation(AGENCY, "apply-food-permit", "/food-premises/applications",
				ApplicationReceived.class);
		this.registerAllowance = gateway.operation(AGENCY, "register-elderly-allowance",
				"/elderly-allowance/registrations", AllowanceRegistered.class);
	}

	public AgencyOperation<FoodPremisesApplication, ApplicationReceived> applyForFoodPermit() {
		return this.applyForFoodPermit;
	}

	public AgencyOperation<AllowanceRegistration, AllowanceRegistered> registerAllowance() {
		return this.registerAllowance;
	}

}
