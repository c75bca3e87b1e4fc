package org.cirm.tracking.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
			return "tracking/track";
		}
		model.addAttribute("request", outcome.view());
		// For the rating and dispute forms, which prove the same two facts again.
		model.addAttribute("nationalIdLastFour", nationalIdLastFour.strip());
		return "tracking/tracked";
	}

}
