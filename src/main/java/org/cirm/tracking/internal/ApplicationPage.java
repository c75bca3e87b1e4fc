package org.cirm.tracking.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.ApplicationForm;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.IntakeRejectedException;
import org.cirm.servicerequest.Receipt;
import org.cirm.servicerequest.Submission;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Applying online, any hour: the page is built from the service's own start form (the one
 * the counter uses), checked by the same intake, and answered with the tracking code,
 * what happens next and when the decision is due. One idempotency key per service holds
 * for the browser's session until the citizen asks to apply again, so a second click, a
 * reload, or Back and send again files nothing more and answers the first request; the
 * confirmation reloads from the session (the code never goes in a URL).
 */
@Controller
class ApplicationPage {

	private static final String KEY = "apply.key.";

	private static final String RECEIPT = "apply.receipt";

	private final Intake intake;

	private final ServiceCatalog catalog;

	ApplicationPage(Intake intake, ServiceCatalog catalog) {
		this.intake = intake;
		this.catalog = catalog;
	}

	@GetMapping("/services/{code}/apply")
	String form(@PathVariable String code, @RequestParam(required = false) String another, HttpSession session,
			HttpServletResponse response, Model model) {
		// Cacheable by this browser alone (never no-store): Back after sending returns to
		// the page as it was left, with what was typed, from the browser's own memory.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		model.addAttribute("form", formOf(code));
		if (another != null || session.getAttribute(KEY + code) == null) {
			session.setAttribute(KEY + code, UUID.randomUUID().toString());
		}
		model.addAttribute("submissionKey", session.getAttribute(KEY + code));
		model.addAttribute("values", Map.of());
		model.addAttribute("errors", List.of());
		return "tracking/apply";
	}

	@PostMapping("/services/{code}/apply")
	String apply(@PathVariable String code, @RequestParam Map<String, String> posted, Model model,
			HttpServletResponse response, HttpSession session) {
		ApplicationForm form = formOf(code);
		Map<String, Object> fields = ApplicationForm.postedFields(posted);
		try {
			Receipt receipt = this.intake.submit(new Submission(code, Channel.WEB, applicant(posted), fields,
					"web:" + posted.getOrDefault("submissionKey", UUID.randomUUID().toString())));
			// JDK values only (sessions outlive a version of this class), so the
			// confirmation can be shown again on reload.
			HashMap<String, Object> applied = new HashMap<>();
			applied.put("trackingCode", receipt.trackingCode().formatted());
			applied.put("serviceCode", receipt.serviceCode());
			applied.put("receivedAt", receipt.receivedAt());
			applied.put("expectedBy", receipt.expectedBy());
			session.setAttribute(RECEIPT, applied);
			return "redirect:/applied";
		}
		catch (IntakeRejectedException refused) {
			response.setStatus(refused.kind() == IntakeRejectedException.Kind.UNAVAILABLE ? 503 : 400);
			model.addAttribute("form", form);
			model.addAttribute("submissionKey", posted.getOrDefault("submissionKey", UUID.randomUUID().toString()));
			model.addAttribute("values", posted);
			model.addAttribute("errors", refused.problems());
			model.addAttribute("fieldErrors", refused.problemsByInput());
			return "tracking/apply";
		}
	}

	@GetMapping("/applied")
	String applied(HttpSession session, Model model) {
		if (!(session.getAttribute(RECEIPT) instanceof Map<?, ?> applied)) {
			return "redirect:/track";
		}
		applied.forEach((name, value) -> model.addAttribute(name.toString(), value));
		model.addAttribute("manual", this.catalog.manual((String) applied.get("serviceCode")).orElseThrow());
		return "tracking/applied";
	}

	private ApplicationForm formOf(String code) {
		return this.intake.formOf(code, Channel.WEB)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.of("portal.not-online").toString()));
	}

	private static Submission.Applicant applicant(Map<String, String> posted) {
		LocalDate birthDate;
		try {
			birthDate = LocalDate.parse(posted.getOrDefault("birthDate", ""));
		}
		catch (DateTimeParseException notADate) {
			birthDate = null;
		}
		return new Submission.Applicant(posted.get("nationalId"), posted.get("firstNameTh"), posted.get("lastNameTh"),
				birthDate, blankToNull(posted.get("phone")), blankToNull(posted.get("email")),
				posted.getOrDefault("preferredChannel", "SMS"), posted.getOrDefault("preferredLanguage", "th"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
