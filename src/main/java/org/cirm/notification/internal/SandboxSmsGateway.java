package org.cirm.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The demo's SMS gateway: accepts messages as a real gateway would (API key, idempotency
 * key) and keeps the last ones, readable at {@code GET /sandbox/sms/messages}. Served
 * only with the sandbox on (the demo profile).
 */
@RestController
@ConditionalOnProperty(name = "cirm.sandbox.enabled", havingValue = "true")
class SandboxSmsGateway {

	private static final int KEPT = 200;

	private final List<Sms> messages = new ArrayList<>();

	record Sms(String id, String to, String text, Instant receivedAt) {
	}

	@PostMapping("/sandbox/sms/messages")
	synchronized Map<String, String> send(@RequestHeader(name = "Authorization", required = false) String key,
			@RequestHeader(name = "Idempotency-Key") String id, @RequestBody Map<String, String> sms) {
		if (key == null || !key.startsWith("Bearer demo-")) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Unknown API key");
		}
		if (this.messages.stream().noneMatch(kept -> kept.id().equals(id))) {
			this.messages.add(new Sms(id, sms.get("to"), sms.get("text"), Instant.now()));
			if (this.messages.size() > KEPT) {
				this.messages.remove(0);
			}
		}
		return Map.of("messageId", id, "status", "ACCEPTED");
	}

	@GetMapping("/sandbox/sms/messages")
	synchronized List<Sms> received() {
		return List.copyOf(this.messages);
	}

	/** The same messages as a person reads them, latest first: the demo's "phone". */
	@GetMapping(path = "/sandbox/sms", produces = MediaType.TEXT_HTML_VALUE)
	synchronized ModelAndView page() {
		List<Sms> latestFirst = new ArrayList<>(this.messages);
		Collections.reverse(latestFirst);
		return new ModelAndView("notification/sms-sandbox", Map.of("messages", latestFirst));
	}

}
