package org.cirm.insight.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.cirm.servicerequest.RequestProgressed;
import org.cirm.servicerequest.RequestReceived;
import org.cirm.sla.Deadline;
import org.cirm.sla.DeadlineAlert;
import org.cirm.sla.DeadlineEnded;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The service as operators watch it, for Prometheus: requests received and completed per
 * service and channel or outcome, the working time each step and each request took and
 * whether it met its limit, and the deadline warnings and breaches. Counted once the
 * transaction that made them commits; tags are codes from the models, never personal
 * data.
 */
@Component
class ServiceMetrics {

	private final MeterRegistry meters;

	ServiceMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void received(RequestReceived received) {
		Counter.builder("cirm.requests.received")
			.description("Requests filed, by service and channel")
			.tag("service", received.serviceCode())
			.tag("channel", received.channel().name())
			.register(this.meters)
			.increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void progressed(RequestProgressed progress) {
		if (progress.kind() != RequestProgressed.Kind.COMPLETED) {
			return;
		}
		Counter.builder("cirm.requests.completed")
			.description("Requests whose process ended, by service, channel and outcome")
			.tag("service", progress.serviceCode())
			.tag("channel", progress.channel() == null ? "NONE" : progress.channel().name())
			.tag("outcome", progress.outcome() == null ? "NONE" : progress.outcome().kind().name())
			.register(this.meters)
			.increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void ended(DeadlineEnded ended) {
		Deadline deadline = ended.deadline();
		String step = deadline.kind() == Deadline.Kind.SERVICE ? "(service)" : deadline.step();
		Timer.builder("cirm.working.time")
			.description("Office time on the clock of a step or a whole request, pauses left out")
			.tag("service", deadline.serviceCode())
			.tag("step", step)
			.tag("within_limit", Boolean.toString(deadline.state() != org.cirm.sla.SlaState.BREACHED))
			.publishPercentileHistogram()
			.register(this.meters)
			.record(deadline.workingTimeUsed());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void alerted(DeadlineAlert alert) {
		Counter.builder("cirm.sla.alerts")
			.description("Deadline warnings (80% of the limit) and breaches")
			.tag("type", alert.type().name())
			.tag("kind", alert.kind().name())
			.tag("service", alert.serviceCode())
			.register(this.meters)
			.increment();
	}

}
