package org.cirm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fault drill's short variant, in {@code verify}: two nodes of the jar just packaged,
 * one PostgreSQL, the agency sandbox behind a faulty link, one node SIGKILLed halfway.
 * Nothing a citizen was told is filed goes missing or is filed twice, every job runs or
 * is an incident that a retry clears, the agency does nothing twice, timers are late by
 * no more than the lock time + 15 s, and the officer stays logged in.
 */
class FaultDrillIT {

	@Test
	void aNodeKilledMidWorkAndAFaultyAgencyLoseNothingAndDoNothingTwice() throws Exception {
		FaultDrill.Settings settings = FaultDrill.Settings.brief();

		FaultDrill.Report report = FaultDrill.run(settings);

		System.out.println(report.table());
		assertThat(report.failures()).as(report.table()).isEmpty();
		assertThat(report.accepted()).isEqualTo(settings.submissions());
		// The drill met what it is about: refusals and lost answers, answered again from
		// the agency's memory of the key.
		assertThat(report.linkUnavailable()).as("503s from the link").isPositive();
		assertThat(report.linkResets()).as("connections reset after the agency got the request").isPositive();
		assertThat(report.repeatedArrivals()).as("keys the agency saw again").isPositive();
		assertThat(report.timersFired()).isEqualTo(settings.timers());
	}

}
