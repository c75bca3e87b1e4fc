package org.cirm.tracking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.Bilingual;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.sla.Deadline;
import org.cirm.sla.DelayNotice;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.SlaState;

import org.springframework.stereotype.Component;

/**
 * What a citizen sees of their request: every step of the service in order (parallel ones
 * side by side), done, current or still to come, with the agency, when it started and
 * ended, its deadline against the actual time, and the request's expected completion.
 * Read from the engine's history and the SLA read model; no engine ids leave it.
 */
@Component
class RequestTracker {

	private final HistoryService history;

	private final ServiceCatalog catalog;

	private final ServiceLevels serviceLevels;

	private final ServiceRequests requests;

	RequestTracker(HistoryService history, ServiceCatalog catalog, ServiceLevels serviceLevels,
			ServiceRequests requests) {
		this.history = history;
		this.catalog = catalog;
		this.serviceLevels = serviceLevels;
		this.requests = requests;
	}

	enum Progress {

		DONE, CURRENT, NEXT, NOT_REACHED

	}

	record Step(String id, Bilingual name, Bilingual agency, Progress progress, Instant startedAt, Instant endedAt,
			Instant dueAt, int timeLimitDays, Double workingDaysUsed, SlaState sla, Bilingual slaLabel) {
	}

	record Stage(boolean parallel, List<List<Step>> branches) {
	}

	record Notice(int sequence, Instant issuedAt, Bilingual reason) {
	}

	/**
	 * @param ratingOpen the request asks for the citizen's rating (or is complete)
	 * @param disputeOpen its close may be disputed now
	 */
	record View(String trackingCode, String service, Bilingual serviceName, Instant receivedAt, boolean completed,
			Instant completedAt, Instant expectedBy, SlaState sla, Bilingual slaLabel, List<Stage> stages,
			List<Notice> delayNotices, boolean ratingOpen, boolean disputeOpen) {
	}

	View view(FiledRequest request) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(request.processInstanceId())
			.singleResult();
		CitizensManual manual = this.catalog.manualOf(instance.getProcessDefinitionId()).orElseThrow();
		List<Deadline> deadlines = this.serviceLevels.of(request.processInstanceId());
		boolean completed = instance.getEndTime() != null;
		List<Stage> stages = manual.stages()
			.stream()
			.map(stage -> new Stage(stage.parallel(),
					stage.branches()
						.stream()
						.map(branch -> branch.stream().map(step -> step(step, deadlines, completed)).toList())
						.toList()))
			.toList();
		Optional<Deadline> service = deadlines.stream()
			.filter(deadline -> deadline.kind() == Deadline.Kind.SERVICE)
			.findFirst();
		List<Notice> notices = this.serviceLevels.delayNoticesOf(request.processInstanceId())
			.stream()
			.map((DelayNotice notice) -> new Notice(notice.sequence(), notice.issuedAt(), notice.reason()))
			.toList();
		return new View(request.trackingCode().formatted(), manual.code(), manual.name(), request.receivedAt(),
				completed, completed ? instance.getEndTime().toInstant() : null,
				service.map(Deadline::dueAt).orElse(null), service.map(Deadline::state).orElse(null),
				service.map(deadline -> deadline.state().label()).orElse(null), stages, notices,
				completed || this.requests.waitsFor(request, request.ratedMessage()),
				this.requests.waitsFor(request, request.disputedMessage()));
	}

	private static Step step(CitizensManual.Step step, List<Deadline> deadlines, boolean completed) {
		Optional<Deadline> latest = deadlines.stream()
			.filter(deadline -> step.id().equals(deadline.step()))
			.max(Comparator.comparing(Deadline::startedAt));
		Progress progress = latest.map(deadline -> deadline.endedAt() == null ? Progress.CURRENT : Progress.DONE)
			.orElse(completed ? Progress.NOT_REACHED : Progress.NEXT);
		return new Step(step.id(), step.name(), step.agency() == null ? null : step.agency().name(), progress,
				latest.map(Deadline::startedAt).orElse(null), latest.map(Deadline::endedAt).orElse(null),
				latest.map(Deadline::dueAt).orElse(null), step.timeLimitDays(),
				latest.map(deadline -> days(deadline.workingTimeUsed())).orElse(null),
				latest.map(Deadline::state).orElse(null),
				latest.map(deadline -> deadline.state().label()).orElse(null));
	}

	/** Office time in working days of eight hours, to one decimal. */
	private static double days(Duration used) {
		return Math.round(used.toMinutes() / 48.0) / 10.0;
	}

}
