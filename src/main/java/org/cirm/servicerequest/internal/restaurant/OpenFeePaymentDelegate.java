package org.cirm.servicerequest.internal.restaurant;

import org.cirm.platform.Texts;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.PAYMENT_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.cirm.agency.AgencyHandoffs;
import org.cirm.agency.PaymentGateway;
import org.springframework.stereotype.Component;

/**
 * Task_OpenFeePayment: the payment gateway issues the fee's payment order; it reports the
 * payment by callback (Event_FeePaid).
 */
@Component
class OpenFeePaymentDelegate implements JavaDelegate {

	private final AgencyHandoffs handoffs;

	private final PaymentGateway payments;

	OpenFeePaymentDelegate(AgencyHandoffs handoffs, PaymentGateway payments) {
		this.handoffs = handoffs;
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution application) {
		var order = new PaymentGateway.PaymentOrder(application.getProcessInstanceId(),
				RestaurantOpeningProcess.FEE_SATANG, Texts.of("payment.restaurant-fee").toString());
		PAYMENT_REFERENCE.set(application,
				this.handoffs.send(application, this.payments.openPayment(), order).paymentReference());
	}

}
