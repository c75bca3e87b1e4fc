package org.cirm.agency;

import org.cirm.agency.internal.AgencyGateway;
import org.springframework.stereotype.Component;

/**
 * The connector to the government payment gateway: opens a payment order for a fee; the
 * citizen pays through the gateway's channels, and the gateway posts the callback
 * {@value #PAYMENT_SETTLED} when the money arrived.
 */
@Component
public class PaymentGateway {

	public static final String AGENCY = "payment";

	public static final String PAYMENT_SETTLED = "payment-settled";

	/** A fee in satang (1/100 baht), so no rounding ever happens. */
	public record PaymentOrder(String requestRef, long amountSatang, String descriptionTh) {
	}

	public record PaymentOpened(String paymentReference) {
	}

	private final AgencyOperation<PaymentOrder, PaymentOpened> openPayment;

	PaymentGateway(AgencyGateway gateway) {
		this.openPayment = gateway.operation(AGENCY, "open-payment", "/payments", PaymentOpened.class);
	}

	public AgencyOperation<PaymentOrder, PaymentOpened> openPayment() {
		return this.openPayment;
	}

}
