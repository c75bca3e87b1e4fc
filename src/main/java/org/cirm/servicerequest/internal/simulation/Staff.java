package org.cirm.servicerequest.internal.simulation;

import java.util.Random;

import org.cirm.platform.Roles;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Submission;

/**
 * The simulated staff: {@value SimulationSettings#OFFICERS_PER_GROUP} officers in every
 * group that works steps ({@code sim-<group>-<n>}), and counter and hotline officers at a
 * few agencies' service points ({@code sim-counter-<agency>-<n>}). Labels for the
 * history, not accounts: nobody signs in as them.
 */
final class Staff {

	static final String[] SERVICE_POINTS = { "municipality", "dopa", "complaint-centre" };

	private Staff() {
	}

	/** One of the group's officers, who takes a step offered to the group. */
	static String officerOf(String group, Random random) {
		return "sim-" + group + "-" + (1 + random.nextInt(SimulationSettings.OFFICERS_PER_GROUP));
	}

	/** The officer who files a request at a counter or the hotline desk. */
	static Submission.Officer frontline(Channel channel, Random random) {
		String agency = SERVICE_POINTS[random.nextInt(SERVICE_POINTS.length)];
		String desk = channel == Channel.HOTLINE ? Roles.HOTLINE : Roles.COUNTER;
		return new Submission.Officer(
				"sim-" + desk + "-" + agency + "-" + (1 + random.nextInt(SimulationSettings.OFFICERS_PER_GROUP)),
				agency);
	}

}
