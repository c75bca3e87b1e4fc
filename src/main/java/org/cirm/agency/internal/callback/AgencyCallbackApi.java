package org.cirm.agency.internal.callback;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyDirectory;
import org.cirm.agency.internal.AgencyCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where agencies that answer later post their answer:
 * {@code POST /agency-callbacks/<code>}, signed with the agency's callback secret
 * ({@link CallbackSignature}). An authenticated, well-formed callback is always kept; the
 * answer says what became of it: 200 taken (or already taken: a repeat correlates once),
 * 404 it answers nothing we sent, 409 the case is not waiting for it (send it again
 * later) or its id was kept with a different body (which stays as it was). Bodies over
 * the public limit get 413 before they are read ({@code RequestBodyLimit}).
 */
@RestController
class AgencyCallbackApi {

	private static final Logger log = LoggerFactory.getLogger(AgencyCallbackApi.class);

	private final AgencyDirectory directory;

	private final AgencyCredentials credentials;

	private final CallbackInbox inbox;

	private final CallbackCorrelation correlation;

	private final ObjectMapper json;

	AgencyCallbackApi(AgencyDirectory directory, AgencyCredentials credentials, CallbackInbox inbox,
			CallbackCorrelation correlation, ObjectMapper json) {
		this.directory = directory;
		this.credentials = credentials;
		this.inbox = inbox;
		this.correlation = correlation;
		this.json = json;
	}

	@PostMapping(path = "/agency-callbacks/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> receive(@PathVariable String code, @RequestBody byte[] body,
			@RequestHeader(name = CallbackSignature.HEADER, required = false) String signature) {
		Optional<Agency> agency = this.directory.find(code);
		Optional<String> secret = agency.flatMap(this.credentials::callbackSecretOf);
		if (secret.isEmpty()) {
			return problem(HttpStatus.NOT_FOUND, "No callbacks are expected from agency " + code);
		}
		if (!CallbackSignature.verifies(secret.get(), body, signature)) {
			log.warn("Refused a callback for agency {}: missing or wrong signature", code);
			return problem(HttpStatus.UNAUTHORIZED, "Missing or wrong " + CallbackSignature.HEADER);
		}
		Callback callback = read(body);
		List<String> problems = callback == null ? List.of("the body is not a callback object") : callback.problems();
		if (!problems.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, String.join("; ", problems));
		}
		CallbackInbox.Status kept;
		try {
			kept = this.inbox.receive(code, callback);
		}
		catch (CallbackInbox.ReusedCallbackIdException reused) {
			log.info("Refused a callback from agency {}: {}", code, reused.getMessage());
			return problem(HttpStatus.CONFLICT, reused.getMessage());
		}
		return answer(kept == CallbackInbox.Status.ANSWERED ? kept : this.correlation.correlate(code, callback));
	}

	private static ResponseEntity<Object> answer(CallbackInbox.Status status) {
		return switch (status) {
			case ANSWERED -> ResponseEntity.ok(Map.of("status", status.name()));
			case UNKNOWN_REFERENCE -> problem(HttpStatus.NOT_FOUND,
					"The reference matches no hand-off of ours; the callback is kept for inspection");
			default -> problem(HttpStatus.CONFLICT,
					"The case is not waiting for this event; the callback is kept, send it again later");
		};
	}

	private Callback read(byte[] body) {
		try {
			return this.json.readValue(body, Callback.class);
		}
		catch (IOException unreadable) {
			return null;
		}
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
