package org.cirm.desk.internal;

import java.util.Optional;

import org.cirm.audit.Purpose;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.InvalidNationalIdException;
import org.cirm.citizen.NationalId;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Citizen 360 page for counter, hotline and agency officers. IDs, names and phone
 * numbers are posted, never put in a URL; the page addresses a citizen only by the opaque
 * reference.
 */
@Controller
@RequestMapping("/officer/citizens")
class Citizen360Page {

	private static final String PAGE = "desk/citizen-360";

	private final Citizen360 desk;

	private final Intake intake;

	private final ServiceRequests requests;

	Citizen360Page(Citizen360 desk, Intake intake, ServiceRequests requests) {
		this.desk = desk;
		this.intake = intake;
		this.requests = requests;
	}

	@GetMapping
	String form(Authentication officer, Model model) {
		OfficerGroups.requireCitizenData(officer);
		return page(model);
	}

	@PostMapping("/lookup")
	String lookUp(@RequestParam String nationalId, @RequestParam(required = false) String purpose,
			Authentication officer, Model model) {
		OfficerGroups.requireCitizenData(officer);
		Optional<Purpose> stated = purpose(purpose, model);
		if (stated.isEmpty()) {
			return page(model);
		}
		try {
			NationalId id = NationalId.parse(nationalId);
			// Post, then redirect to the citizen's page (by reference): Back and reload
			// work, and the ID never goes in the URL.
			Optional<CitizenRef> found = this.desk.refOf(id);
			if (found.isEmpty()) {
				return show(Optional.empty(), stated.get(), officer, model);
			}
			return "redirect:/officer/citizens/" + found.get() + "?purpose=" + stated.get();
		}
		catch (InvalidNationalIdException invalid) {
			model.addAttribute("error", invalid.getMessage());
			return page(model);
		}
	}

	@PostMapping("/search")
	String search(@RequestParam String text, @RequestParam(required = false) String purpose, Authentication officer,
			Model model) {
		OfficerGroups.requireCitizenData(officer);
		Optional<Purpose> stated = purpose(purpose, model);
		Optional<TrackingCode> code = TrackingCode.parse(text);
		if (stated.isPresent() && code.isPresent()) {
			// A tracking code read out by a caller: straight to the applicant's page.
			Optional<String> applicant = this.requests.applicantOf(code.get());
			if (applicant.isPresent()) {
				return "redirect:/officer/citizens/" + applicant.get() + "?purpose=" + stated.get();
			}
			model.addAttribute("error", Texts.of("desk.search.code-unknown").toString());
			return page(model);
		}
		if (stated.isPresent() && text.strip().length() >= 2) {
			model.addAttribute("found", this.desk.search(text, 0, officer.getName(), stated.get()));
			model.addAttribute("purpose", stated.get());
		}
		else if (stated.isPresent()) {
			model.addAttribute("error", Texts.of("desk.search.too-short").toString());
		}
		return page(model);
	}

	@GetMapping("/{ref}")
	String open(@PathVariable String ref, @RequestParam(required = false) String purpose, Authentication officer,
			Model model) {
		OfficerGroups.requireCitizenData(officer);
		Optional<Purpose> stated = purpose(purpose, model);
		if (stated.isEmpty()) {
			return page(model);
		}
		return show(CitizenRef.parse(ref).flatMap(citizen -> this.desk.open(citizen, officer.getName(), stated.get())),
				stated.get(), officer, model);
	}

	@PostMapping("/{ref}/contacts")
	String logContact(@PathVariable String ref, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String note, @RequestParam(required = false) String purpose,
			Authentication officer, Model model) {
		OfficerGroups.requireCitizenData(officer);
		Optional<Purpose> stated = purpose(purpose, model);
		Optional<CitizenRef> citizen = CitizenRef.parse(ref);
		if (stated.isEmpty()) {
			return page(model);
		}
		if (citizen.isEmpty()) {
			return show(Optional.empty(), stated.get(), officer, model);
		}
		Optional<String> refused = ContactLog.refusal(channel, note);
		if (refused.isPresent()) {
			model.addAttribute("error", refused.get());
			return show(this.desk.open(citizen.get(), officer.getName(), stated.get()), stated.get(), officer, model);
		}
		this.desk.logContact(citizen.get(), officer.getName(), ContactLog.Channel.valueOf(channel), note, stated.get());
		return "redirect:/officer/citizens/" + citizen.get() + "?purpose=" + stated.get();
	}

	private String show(Optional<Citizen360.View> view, Purpose purpose, Authentication officer, Model model) {
		if (view.isEmpty()) {
			model.addAttribute("error", Texts.of("desk.citizen.not-registered").toString());
		}
		view.ifPresent(found -> {
			model.addAttribute("citizen", found);
			model.addAttribute("services", ServiceStartPage.startable(this.intake, officer));
		});
		model.addAttribute("purpose", purpose);
		return page(model);
	}

	private static Optional<Purpose> purpose(String purpose, Model model) {
		try {
			return Optional.of(StatedPurpose.of(purpose));
		}
		catch (IllegalArgumentException missing) {
			model.addAttribute("error", missing.getMessage());
			return Optional.empty();
		}
	}

	private static String page(Model model) {
		model.addAttribute("purposes", Purpose.values());
		return PAGE;
	}

}
