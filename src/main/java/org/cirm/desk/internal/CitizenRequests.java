package org.cirm.desk.internal;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.cirm.citizen.CitizenRef;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.CompletionForecast;
import org.cirm.servicerequest.CompletionForecasts;
import org.cirm.servicerequest.Outcome;
import org.cirm.servicerequest.RequestSummary;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.sla.Deadline;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.SlaState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every request of a citizen, across all services and agencies: the process instances
 * that carry the citizen's reference. Only a summary (service, current steps, responsible
 * agency, dates), never the form contents, which stay with the agencies in Tasklist.
 */
@Component
class CitizenRequests {

	private static final int MOST = 200;

	/**
	 * @param deadline the request's own deadline (the service's time limit) and where it
	 * stands, when the service has one
	 * @param forecast when a running request will likely be done, and its chance of
	 * missing the deadline; null once it ended
	 */
	record Request(String caseId, String service, String trackingCode, String subject, Bilingual state, Outcome outcome,
			Date started, Date ended, List<Step> currentSteps, Deadline deadline, CompletionForecast forecast,
			Long satisfaction) {
	}

	/**
	 * A step waiting in the agencies named, since when, by when it is due and where that
	 * stands.
	 */
	record Step(String name, List<String> agencies, Date since, Date due, SlaState sla) {
	}

	private final IdentityService identity;

	private final ServiceLevels serviceLevels;

	private final ServiceRequests requests;

	private final ObjectProvider<CompletionForecasts> forecasts;

	CitizenRequests(IdentityService identity, ServiceLevels serviceLevels, ServiceRequests requests,
			ObjectProvider<CompletionForecasts> forecasts) {
		this.requests = requests;
		this.identity = identity;
		this.serviceLevels = serviceLevels;
		this.forecasts = forecasts;
	}

	List<Request> of(CitizenRef citizen) {
		Map<String, String> agencyNames = new HashMap<>();
		return this.requests.summariesOf(citizen.value(), MOST)
			.stream()
			.map(summary -> request(summary, agencyNames))
			.toList();
	}

	private Request request(RequestSummary summary, Map<String, String> agencyNames) {
		List<Deadline> deadlines = this.serviceLevels.of(summary.processInstanceId());
		List<Step> steps = summary.openSteps()
			.stream()
			.map(step -> new Step(step.name(),
					step.groups().stream().map(group -> agencyNames.computeIfAbsent(group, this::nameOf)).toList(),
					date(step.since()), date(step.due()), stateOf(step, deadlines)))
			.toList();
		Deadline service = deadlines.stream()
			.filter(deadline -> deadline.kind() == Deadline.Kind.SERVICE)
			.findFirst()
			.orElse(null);
		Bilingual state = summary.endedAt() == null ? Texts.of("tracking.state.running")
				: summary.outcome() != null ? summary.outcome().kind().label() : Texts.of("outcome.CLOSED");
		return new Request(summary.processInstanceId(), summary.serviceName().toString(),
				summary.trackingCode() == null ? null : summary.trackingCode().formatted(), summary.subject(), state,
				summary.outcome(), date(summary.startedAt()), date(summary.endedAt()), steps, service,
				summary.endedAt() == null ? forecastOf(summary) : null, summary.satisfaction());
	}

	private CompletionForecast forecastOf(RequestSummary summary) {
		CompletionForecasts forecaster = this.forecasts.getIfAvailable();
		if (forecaster == null || summary.trackingCode() == null) {
			return null;
		}
		return this.requests.find(summary.trackingCode()).flatMap(forecaster::of).orElse(null);
	}

	/** Where the step stands against its time limit, if it has one. */
	private static SlaState stateOf(RequestSummary.OpenStep step, List<Deadline> deadlines) {
		return deadlines.stream()
			.filter(deadline -> deadline.endedAt() == null && step.stepId().equals(deadline.step()))
			.map(Deadline::state)
			.findFirst()
			.orElse(null);
	}

	private static Date date(Instant instant) {
		return instant == null ? null : Date.from(instant);
	}

	/** An agency group is named after its agency ({@code เทศบาล / Municipality}). */
	private String nameOf(String groupId) {
		Group group = this.identity.createGroupQuery().groupId(groupId).singleResult();
		return group == null || group.getName() == null ? groupId : group.getName();
	}

}
