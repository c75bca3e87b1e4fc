package org.cirm.servicerequest.internal.simulation;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.cirm.sla.Deadline;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.SlaState;

import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * What a simulated applicant does when their request waits for them: rates it on the
 * public API (less kindly when it was late), disputes a close now and then (more often
 * when it was late), and sends whatever else the agency asked for.
 */
final class Applicants {

	private final HistoryGenerator.Run run;

	private final RuntimeService runtime;

	private final ServiceLevels serviceLevels;

	private final RestClient api;

	Applicants(HistoryGenerator.Run run, RuntimeService runtime, ServiceLevels serviceLevels, RestClient api) {
		this.run = run;
		this.runtime = runtime;
		this.serviceLevels = serviceLevels;
		this.api = api;
	}

	/** Answers the wait; false when the applicant lets it pass. */
	boolean answer(EventSubscription wait) {
		HistoryGenerator.Filed filed = this.run.requests.get(wait.getProcessInstanceId());
		if (filed == null) {
			return false;
		}
		boolean late = this.serviceLevels.serviceOf(wait.getProcessInstanceId())
			.map(Deadline::state)
			.filter(SlaState.BREACHED::equals)
			.isPresent();
		if (wait.getEventName().endsWith(".rated")) {
			return this.run.random.nextDouble() < 0.45 && rate(filed, late);
		}
		if (wait.getEventName().endsWith(".disputed")) {
			return this.run.random.nextDouble() < (late ? 0.15 : 0.03) && dispute(filed);
		}
		this.runtime.createMessageCorrelation(wait.getEventName())
			.processInstanceId(wait.getProcessInstanceId())
			.correlateWithResult();
		return true;
	}

	private boolean rate(HistoryGenerator.Filed filed, boolean late) {
		double draw = this.run.random.nextDouble();
		int rating = late ? 1 + (int) (draw * 3) : (draw < 0.5 ? 5 : draw < 0.85 ? 4 : 3);
		if (post("/api/requests/rating", Map.of("trackingCode", filed.receipt().trackingCode().formatted(),
				"nationalIdLastFour", filed.applicant().lastFour(), "rating", rating))) {
			this.run.rated++;
			return true;
		}
		return false;
	}

	private boolean dispute(HistoryGenerator.Filed filed) {
		if (post("/api/requests/dispute",
				Map.of("trackingCode", filed.receipt().trackingCode().formatted(), "nationalIdLastFour",
						filed.applicant().lastFour(), "reason",
						"ยังไม่ได้รับการแก้ไขจริง (ประวัติจำลอง) / Not actually fixed (simulated history)"))) {
			this.run.disputed++;
			return true;
		}
		return false;
	}

	private boolean post(String path, Map<String, Object> body) {
		try {
			this.api.post().uri(path).body(body).retrieve().toBodilessEntity();
			return true;
		}
		catch (RestClientException refused) {
			return false;
		}
	}

}
