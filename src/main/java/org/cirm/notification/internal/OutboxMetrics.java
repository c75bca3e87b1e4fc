package org.cirm.notification.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as operators watch it: messages waiting to go, failed for now (to be
 * retried) and given up. Counted when scraped.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	OutboxMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry meters) {
		for (Outbox.Status status : new Outbox.Status[] { Outbox.Status.PENDING, Outbox.Status.FAILED,
				Outbox.Status.UNDELIVERABLE }) {
			Gauge.builder("cirm.outbox.messages", () -> count(status))
				.description("Messages to citizens and officers in the outbox, by status")
				.tag("status", status.name())
				.register(meters);
		}
	}

	private long count(Outbox.Status status) {
		return this.jdbc.sql("select count(*) from notification_outbox where status = ?")
			.param(status.name())
			.query(Long.class)
			.single();
	}

}
