package org.cirm.servicerequest.internal.simulation;

import java.time.LocalDate;

/**
 * What history to make ({@code cirm.simulation.*}).
 *
 * @param seed the same seed makes the same demand and the same officers' choices
 * @param from the first day
 * @param days how many days
 * @param requests about how many requests in all; demand follows the seasons, Thai
 * holidays and Songkran around that mean
 * @param slowAgency the agency whose steps take longer
 * @param slowOfficer the one officer who takes much longer than colleagues (one of the
 * simulated staff, {@code sim-<group>-<n>})
 * @param slowCounter the agency whose counter files requests that take longer afterwards
 */
record SimulationSettings(long seed, LocalDate from, int days, int requests, String slowAgency, String slowOfficer,
		String slowCounter) {

	static final int OFFICERS_PER_GROUP = 4;

	static SimulationSettings twoYears(LocalDate today, int requests) {
		return new SimulationSettings(2569, today.minusDays(730), 730, requests, "dbd", "sim-agency-municipality-2",
				"dopa");
	}

}
