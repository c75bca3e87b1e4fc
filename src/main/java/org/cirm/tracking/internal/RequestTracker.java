package org.cirm.tracking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.Diagram;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.CompletionForecast;
import org.cirm.servicerequest.CompletionForecasts;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.Outcome;
import org.cirm.servicerequest.ProcessState;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.sla.Deadline;
import org.cirm.sla.DelayNotice;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.SlaState;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a citizen sees of their request: every step of the service in order (parallel ones
 * side by side), done, current or still to come, with the agency, when it started and
 * ended, its deadline against the actual time, and the request's expected completion.
 * Read from where servicerequest says the request's process stands and from the SLA read
 * model; no engine ids leave it.
 */
@Component
class RequestTracker {

	/** The model's stand-in for the agency chosen during the case. */
	private static final String RESPONSIBLE = "RESPONSIBLE";

	private final ServiceCatalog catalog;

	private final ServiceLevels serviceLevels;

	private final ServiceRequests requests;

	private final ObjectProvider<CompletionForecasts> forecasts;

	RequestTracker(ServiceCatalog catalog, ServiceLevels serviceLevels, ServiceRequests requests,
			ObjectProvider<CompletionForecasts> forecasts) {
		this.catalog = catalog;
		this.serviceLevels = serviceLevels;
		this.requests = requests;
		this.forecasts = forecasts;
	}

	enum Progress {

		DONE, CURRENT, NEXT,
		/**
		 * The route went past it without it (a triage the routing table made needless).
		 */
		NOT_NEEDED,
		/** The request ended before it: refused, lapsed or withdrawn earlier. */
		NOT_REACHED

	}

	record Step(String id, Bilingual name, Bilingual agency, Progress progress, Instant startedAt, Instant endedAt,
			Instant dueAt, int timeLimitDays, Double workingDaysUsed, SlaState sla, Bilingual slaLabel) {
	}

	record Stage(boolean parallel, List<List<Step>> branches) {
	}

	record Notice(int sequence, Instant issuedAt, Bilingual reason) {
	}

	/**
	 * @param state the request's state in words: in progress, or how it ended (Approved,
	 * Refused, Answered, Lapsed, Withdrawn; Closed when its end declares none)
	 * @param outcome how it ended, as its model declares, with what the model shows
	 * @param slaLabel the service level, left out when the request was not granted: a
	 * refusal is never "done on time"
	 * @param ratingOpen the request asks for the citizen's rating (or is complete)
	 * @param disputeOpen its close may be disputed now
	 * @param expectedBy the legal deadline
	 * @param forecast when it will likely be done, learnt from past requests; null once
	 * it ended
	 * @param waitingFor while the clock is stopped for the applicant, the waits they are
	 * expected at, as the model names them (e.g. the missing documents); else none
	 */
	record View(String trackingCode, String service, Bilingual serviceName, Instant receivedAt, boolean completed,
			Instant completedAt, Bilingual state, Outcome outcome, Instant expectedBy, SlaState sla, Bilingual slaLabel,
			List<Stage> stages, List<Notice> delayNotices, boolean ratingOpen, boolean disputeOpen,
			CompletionForecast forecast, List<Bilingual> waitingFor, @JsonIgnore Drawn drawn) {
	}

	/**
	 * The service's diagram with where the request stands on each element: {@code done},
	 * {@code current} or {@code skipped}; elements not in the map are still to come.
	 *
	 * @param left the elements the request left at least once
	 */
	record Drawn(Diagram diagram, Map<String, String> states, Set<String> left) {

		/**
		 * A flow the request went along: it left the source and reached the target. (Not
		 * a way back from a step it is still at to one it passed before.)
		 */
		public boolean taken(Diagram.Flow flow) {
			return this.left.contains(flow.source()) && reached(flow.target());
		}

		/** How the page draws an element: done, current, skipped or todo. */
		public String stateOf(String element) {
			return this.states.getOrDefault(element, "todo");
		}

		private boolean reached(String element) {
			return this.states.containsKey(element) && !"skipped".equals(this.states.get(element));
		}

	}

	/**
	 * The view, read in one read-only transaction: the engine's queries and the read
	 * models' share one connection instead of a transaction each, and a look-up can write
	 * nothing.
	 */
	@Transactional(readOnly = true)
	View view(FiledRequest request) {
		ProcessState process = this.requests.processOf(request).orElseThrow();
		CitizensManual manual = this.catalog.manualOf(process.processDefinitionId()).orElseThrow();
		List<Deadline> deadlines = this.serviceLevels.of(request.processInstanceId());
		boolean completed = process.ended();
		Outcome outcome = process.outcome();
		boolean granted = outcome == null || outcome.kind().granted();
		List<Stage> stages = stages(manual, deadlines,
				!completed ? Progress.NEXT : granted ? Progress.NOT_NEEDED : Progress.NOT_REACHED);
		Optional<Deadline> service = deadlines.stream()
			.filter(deadline -> deadline.kind() == Deadline.Kind.SERVICE)
			.findFirst();
		List<Notice> notices = this.serviceLevels.delayNoticesOf(request.processInstanceId())
			.stream()
			.map((DelayNotice notice) -> new Notice(notice.sequence(), notice.issuedAt(), notice.reason()))
			.toList();
		Set<String> awaited = completed ? Set.of() : this.requests.awaitedMessages(request);
		Bilingual state = !completed ? Texts.of("tracking.state.running")
				: outcome == null ? Texts.of("outcome.CLOSED") : outcome.kind().label();
		Drawn drawn = drawn(process, stages);
		boolean paused = !completed && service.map(Deadline::state).orElse(null) == SlaState.PAUSED;
		return new View(request.trackingCode().formatted(), manual.code(), manual.name(), request.receivedAt(),
				completed, process.endedAt(), state, outcome, service.map(Deadline::dueAt).orElse(null),
				service.map(Deadline::state).orElse(null),
				granted ? service.map(deadline -> deadline.state().label()).orElse(null) : null, stages, notices,
				completed || awaited.contains(request.ratedMessage()), awaited.contains(request.disputedMessage()),
				completed ? null : forecastOf(request), paused ? waitsOf(drawn, stages) : List.of(), drawn);
	}

	/**
	 * The elements the request stands at that are none of the manual's steps (the
	 * agencies' work): where it waits for the applicant, named as the model names them.
	 */
	private static List<Bilingual> waitsOf(Drawn drawn, List<Stage> stages) {
		Set<String> steps = new HashSet<>();
		stages.forEach(stage -> stage.branches().forEach(branch -> branch.forEach(step -> steps.add(step.id()))));
		return drawn.diagram()
			.shapes()
			.stream()
			.filter(shape -> "current".equals(drawn.stateOf(shape.element())) && !steps.contains(shape.element()))
			.map(Diagram.Shape::name)
			.filter(name -> name != null && !name.th().isBlank())
			.toList();
	}

	private CompletionForecast forecastOf(FiledRequest request) {
		CompletionForecasts forecaster = this.forecasts.getIfAvailable();
		return forecaster == null ? null : forecaster.of(request).orElse(null);
	}

	/**
	 * Where the request stands on its diagram: every element reached, and steps skipped.
	 */
	private Drawn drawn(ProcessState process, List<Stage> stages) {
		Map<String, String> states = new HashMap<>();
		stages.forEach(stage -> stage.branches()
			.forEach(branch -> branch.stream()
				.filter(step -> step.progress() == Progress.NOT_NEEDED)
				.forEach(step -> states.put(step.id(), "skipped"))));
		Set<String> left = new HashSet<>();
		process.visits().forEach(visit -> {
			states.merge(visit.elementId(), visit.endedAt() == null ? "current" : "done",
					(before, now) -> "current".equals(before) ? before : now);
			if (visit.endedAt() != null) {
				left.add(visit.elementId());
			}
		});
		return new Drawn(this.catalog.diagramOf(process.processDefinitionId()), states, left);
	}

	/**
	 * The manual's steps with where the request stands on each. A step never visited is
	 * "not needed" once a step after it (a later stage, or later in its branch) was; when
	 * the request has ended, it is {@code unvisited}.
	 */
	private List<Stage> stages(CitizensManual manual, List<Deadline> deadlines, Progress unvisited) {
		List<Stage> stages = new ArrayList<>();
		boolean visitedLater = false;
		List<CitizensManual.Stage> manualStages = manual.stages();
		for (int s = manualStages.size() - 1; s >= 0; s--) {
			boolean visitedInStage = false;
			List<List<Step>> branches = new ArrayList<>();
			for (List<CitizensManual.Step> branch : manualStages.get(s).branches()) {
				List<Step> steps = new ArrayList<>();
				boolean visitedAfter = visitedLater;
				for (int i = branch.size() - 1; i >= 0; i--) {
					Step step = step(branch.get(i), deadlines, visitedAfter ? Progress.NOT_NEEDED : unvisited);
					visitedAfter |= step.startedAt() != null;
					steps.add(0, step);
				}
				visitedInStage |= visitedAfter;
				branches.add(steps);
			}
			visitedLater |= visitedInStage;
			stages.add(0, new Stage(manualStages.get(s).parallel(), branches));
		}
		return stages;
	}

	private Step step(CitizensManual.Step step, List<Deadline> deadlines, Progress unvisited) {
		Optional<Deadline> latest = deadlines.stream()
			.filter(deadline -> step.id().equals(deadline.step()))
			.max(Comparator.comparing(Deadline::startedAt));
		Progress progress = latest.map(deadline -> deadline.endedAt() == null ? Progress.CURRENT : Progress.DONE)
			.orElse(unvisited);
		return new Step(step.id(), step.name(), agencyOf(step, latest), progress,
				latest.map(Deadline::startedAt).orElse(null), latest.map(Deadline::endedAt).orElse(null),
				latest.map(Deadline::dueAt).orElse(null), step.timeLimitDays(),
				latest.map(deadline -> days(deadline.workingTimeUsed())).orElse(null),
				latest.map(Deadline::state).orElse(null),
				latest.map(deadline -> deadline.state().label()).orElse(null));
	}

	/**
	 * The agency that holds the step: the model's, or for "the agency responsible" the
	 * one the case chose, once the step was reached.
	 */
	private Bilingual agencyOf(CitizensManual.Step step, Optional<Deadline> latest) {
		if (step.agency() == null) {
			return null;
		}
		return latest.map(Deadline::agencyCode)
			.filter(code -> RESPONSIBLE.equals(step.agency().code()) && !RESPONSIBLE.equals(code))
			.map(this.catalog::agencyName)
			.orElse(step.agency().name());
	}

	/** Office time in working days of eight hours, to one decimal. */
	private static double days(Duration used) {
		return Math.round(used.toMinutes() / 48.0) / 10.0;
	}

}
