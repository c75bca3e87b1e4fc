package org.cirm.feedback.internal;

import org.cirm.citizen.CitizenErased;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.ServiceRequests;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an erased citizen wrote (rating comments, dispute reasons) may name them: it goes
 * with their data. The ratings themselves stay, counted, with no text.
 */
@Component
class FeedbackErasure {

	private final ServiceRequests requests;

	private final JdbcClient jdbc;

	FeedbackErasure(ServiceRequests requests, JdbcClient jdbc) {
		this.requests = requests;
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CitizenErased erased) {
		for (FiledRequest request : this.requests.filedBy(erased.ref().value())) {
			this.jdbc.sql("update satisfaction_rating set comment = null where request_id = ?")
				.param(request.requestId())
				.update();
			this.jdbc.sql("update dispute set reason = '-' where request_id = ?").param(request.requestId()).update();
		}
	}

}
