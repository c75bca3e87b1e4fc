package org.cirm.agency.internal.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyDirectory;
import org.cirm.agency.internal.AgencyCredentials;
import org.cirm.agency.internal.PayloadHash;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The demo's agency systems, served over real HTTP under
 * {@code /sandbox/agencies/<code>}. Like real ones they want their API key, take some
 * time, fail on demand (503s, or no answer until the caller's read timeout), and honour
 * idempotency keys: a repeated key gets the first answer, a key reused for another
 * payload gets 409. Demo profile only.
 */
@RestController
@Profile("demo")
class AgencySandbox {

	/** A call the agency carried out, once per key, and how often its key came. */
	private record Answered(String agency, String path, String idempotencyKey, String payloadHash,
			ResponseEntity<Object> answer, AtomicInteger arrivals) {
	}

	/** For the fault drill: the calls carried out, by key. */
	record Effect(String agency, String path, String idempotencyKey, int arrivals) {
	}

	private final Map<String, SimulatedAgency> agencies;

	private final AgencyDirectory directory;

	private final AgencyCredentials credentials;

	private final SandboxSwitches switches;

	private final Map<String, Answered> answered = new ConcurrentHashMap<>();

	AgencySandbox(List<SimulatedAgency> agencies, AgencyDirectory directory, AgencyCredentials credentials,
			SandboxSwitches switches) {
		this.agencies = agencies.stream().collect(Collectors.toMap(SimulatedAgency::code, Function.identity()));
		this.directory = directory;
		this.credentials = credentials;
		this.switches = switches;
	}

	@PostMapping("/sandbox/agencies/{code}/**")
	ResponseEntity<Object> call(@PathVariable String code, HttpServletRequest http, @RequestBody JsonNode request,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization)
			throws InterruptedException {
		Agency agency = this.directory.find(code).orElse(null);
		SimulatedAgency simulated = this.agencies.get(code);
		if (agency == null || simulated == null) {
			return problem(HttpStatus.NOT_FOUND, "NO_SUCH_AGENCY", "No simulated system for " + code);
		}
		if (!this.credentials.apiKeyOf(agency).map(apiKey -> ("Bearer " + apiKey).equals(authorization)).orElse(true)) {
			return problem(HttpStatus.UNAUTHORIZED, "BAD_API_KEY", "Missing or wrong API key");
		}
		if (key == null || key.isBlank()) {
			return problem(HttpStatus.BAD_REQUEST, "NO_IDEMPOTENCY_KEY", "Idempotency-Key header required");
		}
		Thread.sleep(this.switches.latency().toMillis());
		double dice = ThreadLocalRandom.current().nextDouble();
		if (dice < this.switches.failureRate()) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "SIMULATED_FAILURE", "Simulated outage");
		}
		String path = http.getRequestURI().substring(("/sandbox/agencies/" + code).length());
		ResponseEntity<Object> answer = once(code, path, key, PayloadHash.ofText(path + request),
				() -> answer(simulated, path, request, key));
		if (dice < this.switches.failureRate() + this.switches.timeoutRate()) {
			// The worst case for the caller: the agency did the work, but the answer
			// never
			// arrives. Only the idempotency key saves the retry from doing it twice.
			Thread.sleep(readTimeoutOf(agency).plusSeconds(1).toMillis());
		}
		return answer;
	}

	private static Duration readTimeoutOf(Agency agency) {
		Duration readTimeout = agency.system().readTimeout();
		return readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
	}

	/**
	 * Every call the sandbox carried out, with how many times its key arrived: what a
	 * client's retries cost the agency, and whether one step reached it under two keys.
	 */
	@GetMapping("/sandbox/effects")
	List<Effect> effects() {
		return this.answered.values()
			.stream()
			.map(call -> new Effect(call.agency(), call.path(), call.idempotencyKey(), call.arrivals().get()))
			.toList();
	}

	private ResponseEntity<Object> once(String agency, String path, String key, String payloadHash,
			Supplier<ResponseEntity<Object>> answer) {
		Answered first = this.answered.computeIfAbsent(agency + "/" + key,
				k -> new Answered(agency, path, key, payloadHash, answer.get(), new AtomicInteger()));
		first.arrivals().incrementAndGet();
		if (!first.payloadHash().equals(payloadHash)) {
			return problem(HttpStatus.CONFLICT, "KEY_REUSED", "This idempotency key was used for another request");
		}
		return first.answer();
	}

	private static ResponseEntity<Object> answer(SimulatedAgency simulated, String path, JsonNode request, String key) {
		try {
			Object answer = simulated.answer(path, request, key);
			return answer == null ? problem(HttpStatus.BAD_REQUEST, "NO_SUCH_OPERATION", "Unknown operation " + path)
					: ResponseEntity.ok(answer);
		}
		catch (SimulatedAgency.Rejection no) {
			HttpStatus status = "NOT_FOUND".equals(no.code()) ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY;
			return problem(status, no.code(), no.getMessage());
		}
	}

	private static ResponseEntity<Object> problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		return ResponseEntity.status(status).body(problem);
	}

}
