package org.cirm.agency.internal.callback;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.cirm.agency.AgencyAnswer;
import org.cirm.agency.AgencyAnswerDelivery;
import org.cirm.agency.Handoff;
import org.cirm.agency.internal.HandoffReceipts;
import org.cirm.agency.internal.PayloadHash;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a kept callback to the process waiting for it, in one transaction with its
 * receipt and its inbox status: either the process moved on and both say so, or nothing
 * changed.
 */
@Component
class CallbackCorrelation {

	private final AgencyAnswerDelivery delivery;

	private final HandoffReceipts receipts;

	private final CallbackInbox inbox;

	private final PayloadHash hash;

	private final TransactionTemplate transaction;

	CallbackCorrelation(AgencyAnswerDelivery delivery, HandoffReceipts receipts, CallbackInbox inbox, PayloadHash hash,
			PlatformTransactionManager transactions) {
		this.delivery = delivery;
		this.receipts = receipts;
		this.inbox = inbox;
		this.hash = hash;
		this.transaction = new TransactionTemplate(transactions);
	}

	CallbackInbox.Status correlate(String agencyCode, Callback callback) {
		var handoff = this.receipts.placeOf(agencyCode, callback.reference());
		if (handoff.isEmpty()) {
			this.inbox.mark(agencyCode, callback.callbackId(), CallbackInbox.Status.UNKNOWN_REFERENCE);
			return CallbackInbox.Status.UNKNOWN_REFERENCE;
		}
		try {
			return this.transaction.execute(status -> {
				Map<String, Object> answer = new HashMap<>();
				answer.put(AgencyAnswer.OUTCOME.name(), callback.outcome());
				answer.put(AgencyAnswer.REFERENCE.name(), callback.agencyReference());
				answer.put(AgencyAnswer.REASON.name(), callback.reason());
				this.delivery.deliver(handoff.get().processInstanceId(),
						AgencyAnswer.messageName(agencyCode, callback.event()), answer);
				this.receipts.record(agencyCode, Handoff.Direction.IN, callback.event(), handoff.get(),
						callback.callbackId(), this.hash.of(callback), Handoff.Outcome.ANSWERED);
				this.inbox.mark(agencyCode, callback.callbackId(), CallbackInbox.Status.ANSWERED);
				return CallbackInbox.Status.ANSWERED;
			});
		}
		catch (MismatchingMessageCorrelationException notWaiting) {
			this.inbox.mark(agencyCode, callback.callbackId(), CallbackInbox.Status.NOT_WAITING);
			return CallbackInbox.Status.NOT_WAITING;
		}
		catch (OptimisticLockingException sameCallbackAtTheSameMoment) {
			return this.inbox.statusOf(agencyCode, callback.callbackId());
		}
	}

}
