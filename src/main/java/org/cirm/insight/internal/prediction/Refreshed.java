package org.cirm.insight.internal.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value computed from the database now and then: the first time at once; later, once it
 * is older than allowed on the engine's clock (or the clock was moved back), computed
 * again in the background while the old one still serves, so that no citizen's page
 * waits.
 */
final class Refreshed<T> {

	private static final Logger log = LoggerFactory.getLogger(Refreshed.class);

	/**
	 * Where values are computed again: kept threads (on two cores the common pool would
	 * start a new thread for each).
	 */
	private static final Executor BACKGROUND = Executors.newCachedThreadPool(work -> {
		Thread thread = new Thread(work, "refresh-in-background");
		thread.setDaemon(true);
		return thread;
	});

	private record Known<T>(Instant at, T value) {
	}

	private final String what;

	private final Duration maxAge;

	private final Function<Instant, T> compute;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile Known<T> known;

	Refreshed(String what, Duration maxAge, Function<Instant, T> compute) {
		this.what = what;
		this.maxAge = maxAge;
		this.compute = compute;
	}

	/** The value, computed now if there is none yet. */
	T get(Instant now) {
		Known<T> current = this.known;
		if (current == null) {
			return first(now);
		}
		return refreshedIfStale(current, now);
	}

	/**
	 * The value if there is one already; if not, empty, and it is computed in the
	 * background: for a page that must not wait for it.
	 */
	Optional<T> ifReady(Instant now) {
		Known<T> current = this.known;
		if (current == null) {
			inBackground(() -> first(now), "The {} not computed: {}");
			return Optional.empty();
		}
		return Optional.of(refreshedIfStale(current, now));
	}

	private T refreshedIfStale(Known<T> current, Instant now) {
		boolean stale = now.isBefore(current.at()) || Duration.between(current.at(), now).compareTo(this.maxAge) > 0;
		if (stale) {
			inBackground(() -> this.known = new Known<>(now, this.compute.apply(now)),
					"The {} not computed again, the last serves: {}");
		}
		return current.value();
	}

	/** Runs the work on a kept thread, unless a computation is under way already. */
	private void inBackground(Runnable work, String whenFailed) {
		if (!this.refreshing.compareAndSet(false, true)) {
			return;
		}
		CompletableFuture.runAsync(() -> {
			try {
				work.run();
			}
			catch (RuntimeException failed) {
				log.warn(whenFailed, this.what, failed.toString());
			}
			finally {
				this.refreshing.set(false);
			}
		}, BACKGROUND);
	}

	private synchronized T first(Instant now) {
		if (this.known == null) {
			this.known = new Known<>(now, this.compute.apply(now));
		}
		return this.known.value();
	}

}
