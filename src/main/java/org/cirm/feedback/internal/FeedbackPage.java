package org.cirm.feedback.internal;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tracking page's rating and dispute forms post here ({@link Feedback}); the answer
 * is a page in Thai and English.
 */
@Controller
class FeedbackPage {

	private final Feedback feedback;

	FeedbackPage(Feedback feedback) {
		this.feedback = feedback;
	}

	@PostMapping("/feedback/rating")
	String rate(@RequestParam String trackingCode, @RequestParam String nationalIdLastFour,
			@RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment,
			HttpServletRequest http, HttpServletResponse response, Model model) {
		return answer(
				this.feedback.rate(new Feedback.Rating(trackingCode, nationalIdLastFour, rating, comment, Map.of()),
						http.getRemoteAddr()),
				response, model);
	}

	@PostMapping("/feedback/dispute")
	String dispute(@RequestParam String trackingCode, @RequestParam String nationalIdLastFour,
			@RequestParam(required = false) String reason, HttpServletRequest http, HttpServletResponse response,
			Model model) {
		return answer(this.feedback.dispute(new Feedback.Dispute(trackingCode, nationalIdLastFour, reason),
				http.getRemoteAddr()), response, model);
	}

	private static String answer(Feedback.Outcome outcome, HttpServletResponse response, Model model) {
		response.setStatus(outcome.status().value() == 201 ? 200 : outcome.status().value());
		model.addAttribute("outcome", outcome);
		return "feedback/answer";
	}

}
