package org.cirm.insight.internal.facts;

import java.util.Optional;

import org.cirm.feedback.FeedbackGiven;
import org.cirm.servicerequest.RequestProgressed;
import org.cirm.servicerequest.RequestReceived;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.sla.DeadlineAlert;
import org.cirm.sla.DeadlineEnded;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks a request's facts for refreshing whenever something the reports show changed:
 * filed, a step done, a deadline ended or alerted, a rating or a dispute. The mark is
 * written in the transaction that made the change, on its connection, so a rolled-back
 * change marks nothing and a committed one is never missed; {@link FactWorker} refreshes
 * after the commit. Never reads anything here: the change's own transaction must stay
 * short.
 */
@Component
class FactMarks {

	private final JdbcClient jdbc;

	FactMarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void received(RequestReceived received) {
		mark(received.trackingCode());
	}

	@EventListener
	void progressed(RequestProgressed progress) {
		mark(progress.trackingCode());
	}

	@EventListener
	void ended(DeadlineEnded ended) {
		TrackingCode.parse(ended.deadline().trackingCode()).ifPresent(this::mark);
	}

	@EventListener
	void alerted(DeadlineAlert alert) {
		Optional.ofNullable(alert.trackingCode()).flatMap(TrackingCode::parse).ifPresent(this::mark);
	}

	@EventListener
	void feedback(FeedbackGiven given) {
		mark(given.trackingCode());
	}

	void mark(TrackingCode code) {
		if (code == null) {
			return;
		}
		this.jdbc.sql("insert into request_fact_pending (tracking_code) values (?)").param(code.value()).update();
	}

}
