package org.cirm.notification.internal;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;

import org.cirm.platform.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds: each message as soon as the transaction that wrote it
 * commits, and again on a schedule until it goes (backing off), so a failed send never
 * undoes a step and a message survives a node that dies. Any node may send; a message is
 * claimed for one attempt at a time.
 *
 * <p>
 * It never sends on the committing thread: that thread (a citizen's request, a Tasklist
 * completion, a job) still holds its database connection, and asking the pool for a
 * second one there deadlocks the pool under load (ADR 0001). Sending is handed to the
 * bounded {@code notificationSender} executor; when its queue is full the message simply
 * waits for a sweep, which leaves fresh messages to their writer for
 * {@link Outbox#FIRST_ATTEMPT_GRACE}.
 */
@Component
class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final Outbox outbox;

	private final Templates templates;

	private final Channels channels;

	private final TaskExecutor sender;

	private final TransactionTemplate ownTransaction;

	Dispatcher(Outbox outbox, Templates templates, Channels channels,
			@Qualifier(NotificationConfiguration.SENDER) TaskExecutor notificationSender,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.templates = templates;
		this.channels = channels;
		this.sender = notificationSender;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void afterCommit(Outbox.Enqueued enqueued) {
		try {
			this.sender.execute(() -> send(enqueued.id()));
		}
		catch (RejectedExecutionException busy) {
			log.info("Notification {} waits for the next sweep: the sender's queue is full", enqueued.id());
		}
	}

	@Scheduled(fixedDelayString = "${cirm.notification.poll-interval:PT15S}")
	void retry() {
		this.outbox.due(100).forEach(this::send);
	}

	void send(String id) {
		this.ownTransaction.execute(status -> this.outbox.claim(id, LEASE)).ifPresent(row -> {
			try {
				this.channels.deliver(row, this.templates.render(row.message()));
				this.ownTransaction.executeWithoutResult(status -> this.outbox.sent(row.id()));
			}
			catch (Channels.UndeliverableException ex) {
				log.warn("Notification {} ({}) cannot be delivered: {}", row.id(), row.message().template(),
						ex.getMessage());
				this.ownTransaction
					.executeWithoutResult(status -> this.outbox.undeliverable(row.id(), ex.getMessage()));
			}
			catch (RuntimeException ex) {
				Duration retryIn = Duration.ofSeconds(Math.min(3600, 15L << Math.min(row.attempts(), 8)));
				String error = LogSafe.describe(ex);
				log.warn("Notification {} ({}) failed, attempt {}: {}", row.id(), row.message().template(),
						row.attempts(), error);
				this.ownTransaction.executeWithoutResult(status -> this.outbox.failed(row, error, retryIn));
			}
		});
	}

}
