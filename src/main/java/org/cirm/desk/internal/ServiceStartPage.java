package org.cirm.desk.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cirm.audit.Purpose;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.citizen.CitizenRef;
import org.cirm.platform.Roles;
import org.cirm.servicerequest.ApplicationForm;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.IntakeRejectedException;
import org.cirm.servicerequest.Receipt;
import org.cirm.servicerequest.Submission;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A counter or hotline officer files a request for the citizen on screen in Citizen 360:
 * the service's own start form, less the applicant (known by reference, so nobody types
 * or pastes an ID), filed through intake like any channel, and answered with the tracking
 * code to read out and a receipt to print. The applicant is told by SMS or e-mail as from
 * the portal. One idempotency key per citizen and service holds for the officer's session
 * until they start another, so a double click or Back and send again files nothing more.
 */
@Controller
class ServiceStartPage {

	private static final String FIELD = "field.";

	private static final String KEY = "desk.start.key.";

	private static final String RECEIPT = "desk.start.receipt";

	private final Intake intake;

	private final Citizen360 desk;

	private final ServiceCatalog catalog;

	ServiceStartPage(Intake intake, Citizen360 desk, ServiceCatalog catalog) {
		this.intake = intake;
		this.desk = desk;
		this.catalog = catalog;
	}

	/** The services this officer may start for a citizen, on their channel. */
	static List<ApplicationForm> startable(Intake intake, Authentication officer) {
		return intake.startableBy(officer.getName(), List.copyOf(OfficerGroups.of(officer)), channelOf(officer));
	}

	@GetMapping("/officer/citizens/{ref}/services/{code}")
	String form(@PathVariable String ref, @PathVariable String code, @RequestParam(required = false) String another,
			Authentication officer, HttpSession session, Model model) {
		CitizenRef citizen = startFor(ref, officer);
		String key = KEY + citizen + "." + code;
		if (another != null || session.getAttribute(key) == null) {
			session.setAttribute(key, UUID.randomUUID().toString());
		}
		return page(citizen, formOf(code, officer), (String) session.getAttribute(key), Map.of(), List.of(), officer,
				model);
	}

	@PostMapping("/officer/citizens/{ref}/services/{code}")
	String start(@PathVariable String ref, @PathVariable String code, @RequestParam Map<String, String> posted,
			Authentication officer, HttpSession session, HttpServletResponse response, Model model) {
		CitizenRef citizen = startFor(ref, officer);
		ApplicationForm form = formOf(code, officer);
		String submissionKey = posted.getOrDefault("submissionKey", UUID.randomUUID().toString());
		Map<String, Object> fields = new HashMap<>();
		posted.forEach((name, value) -> {
			if (name.startsWith(FIELD) && !value.isBlank()) {
				fields.put(name.substring(FIELD.length()), value);
			}
		});
		try {
			Receipt receipt = this.intake.submit(Submission.forIdentified(code, channelOf(officer), citizen, fields,
					"desk:" + officer.getName() + ":" + submissionKey));
			// JDK values only, so the receipt can be shown (and printed) again on reload.
			HashMap<String, Object> started = new HashMap<>();
			started.put("trackingCode", receipt.trackingCode().formatted());
			started.put("serviceCode", receipt.serviceCode());
			started.put("receivedAt", receipt.receivedAt());
			started.put("expectedBy", receipt.expectedBy());
			started.put("citizenRef", citizen.value());
			session.setAttribute(RECEIPT, started);
			return "redirect:/officer/started";
		}
		catch (IntakeRejectedException refused) {
			response.setStatus(refused.kind() == IntakeRejectedException.Kind.UNAVAILABLE ? 503 : 400);
			return page(citizen, form, submissionKey, posted, refused.problems(), officer, model);
		}
	}

	/** The receipt of the request this officer filed last, to read out and print. */
	@GetMapping("/officer/started")
	String started(Authentication officer, HttpSession session, Model model) {
		OfficerGroups.requireCitizenData(officer);
		if (!(session.getAttribute(RECEIPT) instanceof Map<?, ?> started)) {
			return "redirect:/officer/citizens";
		}
		started.forEach((name, value) -> model.addAttribute(name.toString(), value));
		model.addAttribute("manual", this.catalog.manual((String) started.get("serviceCode")).orElseThrow());
		return "desk/started";
	}

	private String page(CitizenRef citizen, ApplicationForm form, String submissionKey, Map<String, ?> values,
			List<?> errors, Authentication officer, Model model) {
		model.addAttribute("citizenRef", citizen.value());
		model.addAttribute("citizenName",
				this.desk.nameOf(citizen, officer.getName(), Purpose.SERVICE_REQUEST).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("submissionKey", submissionKey);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("channel", channelOf(officer));
		return "desk/start-service";
	}

	private static CitizenRef startFor(String ref, Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		return CitizenRef.parse(ref)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"ไม่พบข้อมูลประชาชนรายนี้ / No such citizen"));
	}

	/** The service's form, if this officer may start it on their channel. */
	private ApplicationForm formOf(String code, Authentication officer) {
		Optional<ApplicationForm> form = startable(this.intake, officer).stream()
			.filter(candidate -> candidate.serviceCode().equals(code))
			.findFirst();
		return form.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
				"ท่านเริ่มบริการนี้ทางช่องทางของท่านไม่ได้ / You cannot start this service on your channel"));
	}

	/** The hotline for hotline officers, the counter for everyone else. */
	static Channel channelOf(Authentication officer) {
		return OfficerGroups.of(officer).contains(Roles.HOTLINE) ? Channel.HOTLINE : Channel.COUNTER;
	}

}
