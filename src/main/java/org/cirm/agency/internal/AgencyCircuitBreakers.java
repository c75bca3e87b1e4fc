package org.cirm.agency.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * One circuit breaker per agency. When most recent calls to an agency failed, further
 * calls fail at once for a while instead of each waiting for its timeout: jobs give their
 * thread back quickly and retry later, and a struggling agency is not hammered. Only
 * technical failures count; an agency's "no" is a healthy answer.
 */
@Component
public class AgencyCircuitBreakers {

	private static final Logger log = LoggerFactory.getLogger(AgencyCircuitBreakers.class);

	/** Spreads the calls that waited for a circuit over this much time after it. */
	private static final long SPREAD_MILLIS = 5_000;

	private final CircuitBreakerRegistry registry;

	/** When each agency's circuit last opened. */
	private final Map<String, Instant> opened = new ConcurrentHashMap<>();

	public AgencyCircuitBreakers() {
		this(CircuitBreakerConfig.custom()
			.slidingWindowSize(20)
			.minimumNumberOfCalls(10)
			.failureRateThreshold(60)
			.waitDurationInOpenState(Duration.ofSeconds(30))
			.permittedNumberOfCallsInHalfOpenState(3)
			.recordExceptions(AgencyUnavailableException.class)
			.build());
	}

	public AgencyCircuitBreakers(CircuitBreakerConfig config) {
		this.registry = CircuitBreakerRegistry.of(config);
		this.registry.getEventPublisher()
			.onEntryAdded(added -> added.getAddedEntry().getEventPublisher().onStateTransition(change -> {
				log.info("Circuit of agency {}: {}", change.getCircuitBreakerName(), change.getStateTransition());
				if (change.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
					this.opened.put(change.getCircuitBreakerName(), change.getCreationTime().toInstant());
				}
			}));
	}

	public CircuitBreaker of(Agency agency) {
		return this.registry.circuitBreaker(agency.code());
	}

	/** Closes every circuit, e.g. after an operator fixed an agency's address. */
	public void resetAll() {
		this.registry.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	/** Each agency's circuit-breaker state and calls, for the operators' metrics. */
	@Bean
	static MeterBinder agencyCircuitBreakerMetrics(AgencyCircuitBreakers breakers) {
		return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers.registry);
	}

	public CircuitBreaker.State stateOf(Agency agency) {
		return of(agency).getState();
	}

	/**
	 * When a call the agency's circuit refused is worth making again: once an open
	 * circuit lets trial calls through (or in a few seconds, when the trials are under
	 * way), spread over a few seconds so that the calls that waited do not all come at
	 * once.
	 */
	public Instant tryAgainAt(Agency agency) {
		CircuitBreaker breaker = of(agency);
		Instant now = Instant.now();
		Instant letsThrough = now;
		if (breaker.getState() == CircuitBreaker.State.OPEN) {
			long openMillis = breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1);
			Instant reopens = this.opened.getOrDefault(agency.code(), now).plusMillis(openMillis);
			letsThrough = reopens.isAfter(now) ? reopens : now;
		}
		return letsThrough.plusMillis(1_000 + ThreadLocalRandom.current().nextLong(SPREAD_MILLIS));
	}

}
