package org.cirm.tracking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.MyRequests;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.TooManyAttemptsException;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My requests": every request a citizen filed, through any channel and agency, after
 * national ID and birth date and a one-time code sent to the phone or e-mail on file. The
 * browser's session keeps only the citizen's opaque reference, for fifteen minutes; no
 * ID, code or name goes in a URL.
 */
@Controller
class MyRequestsPage {

	private static final String CHALLENGE = "my.challenge";

	private static final String CITIZEN = "my.citizen";

	private static final String UNTIL = "my.until";

	private static final long SIGNED_IN_SECONDS = 15 * 60;

	private final MyRequests myRequests;

	private final ServiceRequests requests;

	private final RequestTracker tracker;

	MyRequestsPage(MyRequests myRequests, ServiceRequests requests, RequestTracker tracker) {
		this.myRequests = myRequests;
		this.requests = requests;
		this.tracker = tracker;
	}

	@GetMapping("/my-requests")
	String page(HttpSession session, Model model) {
		Optional<String> citizen = signedIn(session);
		if (citizen.isEmpty()) {
			return "tracking/my-requests";
		}
		List<RequestTracker.View> mine = this.requests.filedBy(citizen.get())
			.stream()
			.filter(request -> request.processInstanceId() != null)
			.map(this.tracker::view)
			.toList();
		model.addAttribute("mine", mine);
		return "tracking/my-requests";
	}

	@PostMapping("/my-requests/code")
	String sendCode(@RequestParam(defaultValue = "") String nationalId,
			@RequestParam(defaultValue = "") String birthDate, HttpServletRequest http, HttpServletResponse response,
			HttpSession session, Model model) {
		LocalDate born;
		try {
			born = LocalDate.parse(birthDate);
		}
		catch (DateTimeParseException notADate) {
			return refused(Texts.of("my-requests.birth-date"), 400, response, model);
		}
		try {
			session.setAttribute(CHALLENGE, this.myRequests.sendCode(nationalId, born, http.getRemoteAddr()));
		}
		catch (IllegalArgumentException invalidId) {
			return refused(Bilingual.parse(invalidId.getMessage()), 400, response, model);
		}
		catch (TooManyAttemptsException blocked) {
			return refused(TooManyAttemptsException.MESSAGE, 429, response, model);
		}
		model.addAttribute("codeSent", true);
		return "tracking/my-requests";
	}

	@PostMapping("/my-requests/verify")
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest http, HttpServletResponse response,
			HttpSession session, Model model) {
		Object challenge = session.getAttribute(CHALLENGE);
		Optional<String> citizen;
		try {
			citizen = challenge == null ? Optional.empty()
					: this.myRequests.verify(challenge.toString(), code, http.getRemoteAddr());
		}
		catch (TooManyAttemptsException blocked) {
			return refused(TooManyAttemptsException.MESSAGE, 429, response, model);
		}
		if (citizen.isEmpty()) {
			model.addAttribute("codeSent", challenge != null);
			return refused(Texts.of("my-requests.code-wrong"), 400, response, model);
		}
		session.removeAttribute(CHALLENGE);
		session.setAttribute(CITIZEN, citizen.get());
		session.setAttribute(UNTIL, Instant.now().plusSeconds(SIGNED_IN_SECONDS).getEpochSecond());
		return "redirect:/my-requests";
	}

	/** One of the citizen's own requests, in full. */
	@PostMapping("/my-requests/request")
	String request(@RequestParam(defaultValue = "") String trackingCode, HttpSession session, Model model) {
		Optional<String> citizen = signedIn(session);
		Optional<FiledRequest> request = TrackingCode.parse(trackingCode)
			.flatMap(this.requests::find)
			.filter(found -> citizen.isPresent()
					&& this.requests.filedBy(citizen.get()).stream().anyMatch(own -> own.equals(found)));
		if (request.isEmpty()) {
			return "redirect:/my-requests";
		}
		model.addAttribute("request", this.tracker.view(request.get()));
		model.addAttribute("viaLink", true);
		return "tracking/tracked";
	}

	@PostMapping("/my-requests/leave")
	String leave(HttpSession session) {
		session.removeAttribute(CITIZEN);
		session.removeAttribute(UNTIL);
		return "redirect:/my-requests";
	}

	private static Optional<String> signedIn(HttpSession session) {
		Object citizen = session.getAttribute(CITIZEN);
		Object until = session.getAttribute(UNTIL);
		if (citizen == null || !(until instanceof Long expires) || expires < Instant.now().getEpochSecond()) {
			return Optional.empty();
		}
		return Optional.of(citizen.toString());
	}

	private static String refused(Bilingual why, int status, HttpServletResponse response, Model model) {
		response.setStatus(status);
		model.addAttribute("error", why);
		return "tracking/my-requests";
	}

}
