package org.cirm.sla.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cirm.platform.Roles;
import org.cirm.platform.ThaiDates;
import org.cirm.sla.Breach;
import org.cirm.sla.Deadline;
import org.cirm.sla.DelayNotice;
import org.cirm.sla.HolidayYear;
import org.cirm.sla.ServiceLevels;
import org.cirm.sla.SlaCalendars;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Service levels for officers: a request's deadlines, the supervisors' list of steps at
 * risk or overdue, breach records, the delay notices for the OPDC report, the holiday
 * calendar, and the administrators' recalculation after the holiday data changed. No
 * personal data: requests appear by id and service.
 */
@RestController
class SlaApi {

	private static final int MOST = 500;

	private final ServiceLevels levels;

	private final SlaCalendars calendars;

	private final ClockStore store;

	private final Recalculation recalculation;

	SlaApi(ServiceLevels levels, SlaCalendars calendars, ClockStore store, Recalculation recalculation) {
		this.levels = levels;
		this.calendars = calendars;
		this.store = store;
		this.recalculation = recalculation;
	}

	@GetMapping("/officer/api/sla/requests/{processInstanceId}")
	Map<String, Object> request(@PathVariable String processInstanceId) {
		List<Deadline> deadlines = this.levels.of(processInstanceId);
		if (deadlines.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No deadlines for this request");
		}
		return Map.of("deadlines", deadlines, "delayNotices", this.levels.delayNoticesOf(processInstanceId));
	}

	@GetMapping("/officer/api/sla/at-risk")
	List<Deadline> atRisk(Authentication officer) {
		require(officer, Roles.SUPERVISOR);
		return this.levels.atRiskOrOverdue(MOST);
	}

	@GetMapping("/officer/api/sla/breaches")
	List<Breach> breaches(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication officer) {
		require(officer, Roles.SUPERVISOR);
		return this.levels.breaches(startOf(from), startOf(to.plusDays(1)));
	}

	/** The delay notices issued in the period, as the OPDC report lists them. */
	@GetMapping("/officer/api/sla/delay-notices")
	List<DelayNotice> delayNotices(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication officer) {
		require(officer, Roles.SUPERVISOR);
		return this.levels.delayNotices(startOf(from), startOf(to.plusDays(1)));
	}

	/** A supervisor states why a late request is late; the next notices give it. */
	@PutMapping("/officer/api/sla/requests/{processInstanceId}/delay-reason")
	Map<String, String> delayReason(@PathVariable String processInstanceId, @Valid @RequestBody DelayReason reason,
			Authentication officer) {
		require(officer, Roles.SUPERVISOR);
		Clock service = this.store.serviceOf(processInstanceId)
			.filter(Clock::running)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No running request with a time limit has this id"));
		this.store.delayReason(service.id(), reason.th().strip() + " / " + reason.en().strip());
		return Map.of("th", reason.th().strip(), "en", reason.en().strip());
	}

	@GetMapping("/officer/api/sla/calendar")
	List<HolidayYear> calendar() {
		return this.calendars.years();
	}

	@PostMapping("/officer/api/sla/recalculate")
	Recalculation.Result recalculate(Authentication officer) {
		require(officer, Roles.ADMIN);
		return this.recalculation.run();
	}

	record DelayReason(@NotBlank @Size(max = 450) String th, @NotBlank @Size(max = 450) String en) {
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ThaiDates.BANGKOK).toInstant();
	}

	private static void require(Authentication officer, String group) {
		if (!Roles.belongsToAny(officer, group, Roles.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only " + group + " may see this");
		}
	}

}
