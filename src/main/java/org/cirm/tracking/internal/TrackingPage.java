package org.cirm.tracking.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's tracking page: a form for the code and the last four ID digits (posted,
 * so neither lands in a URL or a log), then every step of the request.
 */
@Controller
class TrackingPage {

	private final Tracking tracking;

	TrackingPage(Tracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping("/track")
	String form() {
		return "tracking/track";
	}

	@PostMapping("/track")
	String track(@RequestParam(defaultValue = "") String trackingCode,
			@RequestParam(defaultValue = "") String nationalIdLastFour, HttpServletRequest http,
			HttpServletResponse response, Model model) {
		Tracking.Outcome outcome = this.tracking.lookUp(trackingCode, nationalIdLastFour, http.getRemoteAddr());
		model.addAttribute("trackingCode", trackingCode);
		if (outcome.view() == null) {
			response.setStatus(switch (outcome.refusal()) {
				case MALFORMED_CODE, MALFORMED_FACTOR -> 400;
				case NOT_FOUND -> 404;
				case TOO_MANY -> 429;
			});
			model.addAttribute("error", outcome.refusal().message());
			if (outcome.refusal() == Tracking.Refusal.TOO_MANY) {
				model.addAttribute("offerLink", true);
			}
			return "tracking/track";
		}
		model.addAttribute("request", outcome.view());
		// For the rating and dispute forms, which prove the same two facts again.
		model.addAttribute("nationalIdLastFour", nationalIdLastFour.strip());
		return "tracking/tracked";
	}

	/** "Send me my tracking link": the same answer whether or not the code is known. */
	@PostMapping("/track/send-link")
	String sendLink(@RequestParam(defaultValue = "") String trackingCode, HttpServletResponse response, Model model) {
		model.addAttribute("trackingCode", trackingCode);
		this.tracking.sendLink(trackingCode).ifPresentOrElse(refusal -> {
			response.setStatus(400);
			model.addAttribute("error", refusal.message());
		}, () -> model.addAttribute("linkSent", true));
		return "tracking/track";
	}

	/**
	 * A link from a message: a button spends it, so a phone's link preview cannot.
	 */
	@GetMapping("/track/link/{token}")
	String link(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "tracking/link";
	}

	@PostMapping("/track/link")
	String openLink(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
		Optional<RequestTracker.View> view = this.tracking.openLink(token);
		if (view.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("linkSpent", true);
			model.addAttribute("offerLink", true);
			return "tracking/track";
		}
		model.addAttribute("request", view.get());
		model.addAttribute("viaLink", true);
		return "tracking/tracked";
	}

}
