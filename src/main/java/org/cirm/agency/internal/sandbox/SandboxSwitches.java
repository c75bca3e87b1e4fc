package org.cirm.agency.internal.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the demo's simulated agencies behave ({@code cirm.sandbox.*}): latency, the share
 * of calls answered 503, the share left hanging past the caller's read timeout, and how
 * long asynchronous agencies take to call back.
 */
@ConfigurationProperties("cirm.sandbox")
record SandboxSwitches(Duration latency, double failureRate, double timeoutRate, Duration callbackDelay) {

	SandboxSwitches {
		latency = latency == null ? Duration.ZERO : latency;
		callbackDelay = callbackDelay == null ? Duration.ofSeconds(5) : callbackDelay;
	}

}
