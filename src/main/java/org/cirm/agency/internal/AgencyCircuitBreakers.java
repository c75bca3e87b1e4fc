package org.cirm.agency.internal;

import java.time.Duration;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyUnavailableException;
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

	private final CircuitBreakerRegistry registry;

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

}
