package org.cirm.agency.internal.sandbox;

import org.cirm.agency.PaymentGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The payment gateway: opens a payment order, and after the sandbox's callback delay
 * reports it paid (the demo citizen always pays).
 */
@Component
@Profile("demo")
class SimulatedPaymentGateway implements SimulatedAgency {

	private final SandboxCallbacks callbacks;

	SimulatedPaymentGateway(SandboxCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	@Override
	public String code() {
		return PaymentGateway.AGENCY;
	}

	@Override
	public Object answer(String path, JsonNode request, String idempotencyKey) {
		if (!path.equals("/payments")) {
			return null;
		}
		if (request.path("amountSatang").asLong() < 1) {
			throw new Rejection("INVALID_AMOUNT", "A payment order needs an amount");
		}
		String paymentReference = DemoData.number("PAY-", idempotencyKey, 10);
		this.callbacks.later(code(), PaymentGateway.PAYMENT_SETTLED, idempotencyKey, "PAID", paymentReference);
		return new PaymentGateway.PaymentOpened(paymentReference);
	}

}
