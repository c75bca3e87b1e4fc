package org.cirm.servicerequest.internal.simulation;

import java.time.LocalDate;

import org.springframework.context.ApplicationContext;

/**
 * A small history made by the generator for tests elsewhere: a fixed seed, the slow
 * municipality officer, counter and agency of the two-year default.
 */
public final class SimulatedHistory {

	public static final String SLOW_OFFICER = "sim-agency-municipality-2";

	private SimulatedHistory() {
	}

	/**
	 * Lives through {@code days} from {@code from} with about {@code requests} requests.
	 */
	public static int make(ApplicationContext context, LocalDate from, int days, int requests) {
		SimulationSettings settings = new SimulationSettings(42, from, days, requests, "dbd", SLOW_OFFICER, "dopa");
		return context.getBean(HistoryGenerator.class).generate(settings, progress -> {
		}).filed();
	}

}
