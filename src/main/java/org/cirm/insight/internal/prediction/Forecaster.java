package org.cirm.insight.internal.prediction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.cirm.insight.internal.WorkingDays;
import org.cirm.servicerequest.CompletionForecast;
import org.cirm.servicerequest.CompletionForecasts;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.sla.SlaCalendars;
import org.cirm.sla.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forecasts when running requests will be done, in working days on the government
 * calendar: {@link RemainingTime} learnt from the requests of the last year (those still
 * running included), the queue being the requests in the same state now; at most
 * {@code cirm.insight.prediction.cases} of each, the latest, so that memory stays bounded
 * however many are on file. The model is learnt again when it is older than
 * {@code cirm.insight.prediction.relearn} on the engine's clock (so a history generated
 * with a moved clock is learnt as it goes), the states of the running requests at most
 * every {@code cirm.insight.prediction.refresh}. A service whose forecasts did worse than
 * a rule of thumb lately gets none ({@link PredictionScores}).
 */
@Component
public class Forecaster implements CompletionForecasts {

	private static final Logger log = LoggerFactory.getLogger(Forecaster.class);

	/** What was learnt, from what was known at that moment. */
	private record Learnt(Instant asOf, RemainingTime model, Map<String, Double> medianDays, double baseRate) {
	}

	/** The running requests at one moment, with their states, and how many per state. */
	private record Running(List<Live> requests, Map<String, Integer> queues) {
	}

	/** A running request now: its state, and since when it is in it. */
	record Live(RequestCases.Request request, String state, Instant since) {
	}

	private final RequestCases cases;

	private final PredictionScores scores;

	private final WorkingCalendar calendar;

	private final Span span;

	private final Duration history;

	private final int most;

	private final Refreshed<Learnt> learnt;

	private final Refreshed<Running> running;

	Forecaster(RequestCases cases, PredictionScores scores, SlaCalendars calendars,
			@Value("${cirm.insight.prediction.relearn:PT6H}") Duration relearn,
			@Value("${cirm.insight.prediction.refresh:PT1M}") Duration refresh,
			@Value("${cirm.insight.prediction.history:P365D}") Duration history,
			@Value("${cirm.insight.prediction.cases:20000}") int most) {
		this.cases = cases;
		this.scores = scores;
		this.calendar = calendars.government();
		this.span = Span.workingDays(this.calendar);
		this.history = history;
		this.most = most;
		this.learnt = new Refreshed<>("remaining-time model", relearn, this::learn);
		this.running = new Refreshed<>("running requests' states", refresh, this::readRunning);
	}

	/**
	 * Learns and judges at start-up, in the background, so that the first page to ask
	 * finds it done.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void learnAtStartUp() {
		Instant now = now();
		this.learnt.ifReady(now);
		this.running.ifReady(now);
		this.scores.judgeInBackground();
	}

	@Override
	public Optional<CompletionForecast> of(FiledRequest filed) {
		Optional<RequestCases.Request> found = this.cases.byId(filed.requestId());
		if (found.isPresent() && !found.get().running()) {
			return Optional.empty();
		}
		if (this.scores.switchedOff(filed.serviceCode())) {
			return Optional.of(CompletionForecast.none(CompletionForecast.Status.SWITCHED_OFF));
		}
		Instant now = now();
		Optional<Learnt> model = this.learnt.ifReady(now);
		Optional<Running> queues = this.running.ifReady(now);
		if (model.isEmpty() || queues.isEmpty()) {
			// Just started: the model is being learnt, and no page waits for that.
			return Optional.empty();
		}
		Optional<Live> live = found.map(request -> live(request, now));
		Optional<RemainingTime.Prediction> prediction = live.flatMap(request -> predict(request, now));
		if (prediction.isEmpty()) {
			return Optional.of(CompletionForecast.none(CompletionForecast.Status.TOO_LITTLE_HISTORY));
		}
		RemainingTime.Prediction p = prediction.get();
		return Optional.of(new CompletionForecast(CompletionForecast.Status.FORECAST, after(now, p.median()),
				after(now, p.low()), after(now, p.high()), p.basis(), p.risk()));
	}

	/**
	 * Every running request with its forecast now, for the supervisors' list; those
	 * without one left out.
	 */
	List<Forecast> running() {
		Instant now = now();
		List<Forecast> forecasts = new ArrayList<>();
		for (Live request : running(now).requests()) {
			predict(request, now).ifPresent(p -> forecasts
				.add(new Forecast(request, p, running(now).queues().getOrDefault(request.state(), 0))));
		}
		return forecasts;
	}

	/** A running request's forecast, and the queue in its state. */
	record Forecast(Live request, RemainingTime.Prediction prediction, int queue) {
	}

	/**
	 * The forecast for each state this request entered since the last one kept, as made
	 * when it entered it (no time in it yet): what {@link PredictionLog} keeps and
	 * {@link PredictionScores} scores. None for a request the model saw end.
	 */
	List<Made> madeSince(RequestCases.Request request, Instant after) {
		Instant until = request.running() ? now() : request.ended();
		Learnt model = learnt(now());
		if (!request.running() && !request.ended().isAfter(model.asOf())) {
			// The model learnt how this one ended: a forecast now would be hindsight.
			return List.of();
		}
		double baseline = model.medianDays().getOrDefault(request.kase().kind(), 0.0);
		List<Made> made = new ArrayList<>();
		Instant started = request.kase().started();
		for (CaseStates.Stay stay : CaseStates.staysUntil(request.kase(), until)) {
			if (after != null && !stay.from().isAfter(after)) {
				continue;
			}
			Double toDeadline = request.due() == null ? null : this.span.days(stay.from(), request.due());
			Optional<RemainingTime.Prediction> prediction = model.model()
				.predict(stay.state(), queue(stay.state(), now()), 0,
						request.due() != null && request.due().isAfter(stay.from()) ? toDeadline : null);
			made.add(new Made(stay.state(), stay.from(), prediction.orElse(null),
					prediction.isPresent() ? prediction.get().basis() : model.model().basis(stay.state()),
					Math.max(0, baseline - this.span.days(started, stay.from())), toDeadline, model.baseRate()));
		}
		return made;
	}

	/**
	 * A forecast as made when the request entered a state.
	 *
	 * @param prediction null when the state had too little history
	 * @param medianBaseline the service's median duration less the time spent
	 * @param deadlineBaseline the days to the deadline; null without one
	 */
	record Made(String state, Instant at, RemainingTime.Prediction prediction, int basis, double medianBaseline,
			Double deadlineBaseline, double baseRate) {
	}

	/** Working days between two moments on the government calendar. */
	double days(Instant from, Instant to) {
		return this.span.days(from, to);
	}

	private Optional<RemainingTime.Prediction> predict(Live request, Instant now) {
		Instant due = request.request().due();
		Double toDeadline = due == null ? null : due.isAfter(now) ? this.span.days(now, due) : -1.0;
		return learnt(now).model()
			.predict(request.state(), queue(request.state(), now), this.span.days(request.since(), now), toDeadline);
	}

	private Live live(RequestCases.Request request, Instant now) {
		EventLog.Case kase = request.kase();
		Instant since = kase.events()
			.stream()
			.flatMap(event -> Stream.of(event.began(), event.end()))
			.filter(at -> !at.isAfter(now))
			.max(Instant::compareTo)
			.orElse(kase.started());
		return new Live(request, CaseStates.stateAt(kase, now), since);
	}

	private int queue(String state, Instant now) {
		return running(now).queues().getOrDefault(state, 0);
	}

	private Running running(Instant now) {
		return this.running.get(now);
	}

	private Running readRunning(Instant now) {
		List<Live> requests = this.cases.running(this.most).stream().map(request -> live(request, now)).toList();
		Map<String, Integer> queues = new HashMap<>();
		requests.forEach(request -> queues.merge(request.state(), 1, Integer::sum));
		return new Running(requests, queues);
	}

	private Learnt learnt(Instant now) {
		return this.learnt.get(now);
	}

	private Learnt learn(Instant now) {
		long began = System.nanoTime();
		List<RequestCases.Request> ended = this.cases.ended(now.minus(this.history), this.most);
		List<RequestCases.Request> running = this.cases.running(this.most);
		List<EventLog.Case> all = Stream.concat(ended.stream(), running.stream())
			.map(RequestCases.Request::kase)
			.toList();
		RemainingTime model = RemainingTime.learn(all, now, this.span, CaseStates.of(all));
		Map<String, List<Double>> durations = new HashMap<>();
		int withDeadline = 0;
		int late = 0;
		for (RequestCases.Request request : ended) {
			durations.computeIfAbsent(request.kase().kind(), kind -> new ArrayList<>())
				.add(this.span.days(request.kase().started(), request.ended()));
			if (request.due() != null) {
				withDeadline++;
				late += request.ended().isAfter(request.due()) ? 1 : 0;
			}
		}
		Map<String, Double> medians = new HashMap<>();
		durations.forEach((kind, days) -> medians.put(kind,
				RemainingTime.Quantiles.of(days.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.5)));
		log.info("Remaining-time model learnt from {} ended and {} running requests in {} ms", ended.size(),
				running.size(), (System.nanoTime() - began) / 1_000_000);
		return new Learnt(now, model, medians, withDeadline == 0 ? 0 : (double) late / withDeadline);
	}

	/** The moment this many working days from now. */
	Instant after(double days) {
		return after(now(), days);
	}

	private Instant after(Instant now, double days) {
		return this.calendar.addWorkingHours(now, Duration.ofMinutes(Math.round(days * WorkingDays.MINUTES)));
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}
