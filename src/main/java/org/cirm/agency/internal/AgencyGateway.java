package org.cirm.agency.internal;

import java.time.Duration;
import java.util.function.Supplier;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyDirectory;
import org.cirm.agency.AgencyOperation;
import org.cirm.agency.AgencyRejectedException;
import org.cirm.agency.AgencyUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * How every connector talks to an agency's system: JSON over HTTP with the agency's
 * timeouts and API key, an {@code Idempotency-Key} header on every call, a circuit
 * breaker per agency, and one mapping of answers: 2xx is the result, 404 and 422 are the
 * agency's "no" ({@link AgencyRejectedException}), anything else, a timeout or a refused
 * connection is a technical failure ({@link AgencyUnavailableException}).
 */
@Component
public class AgencyGateway {

	/** How long a call waits for a half-open circuit's trial calls to decide. */
	private static final Duration HALF_OPEN_WAIT = Duration.ofSeconds(2);

	/** The problem body an agency sends with 422. */
	record Problem(String code, String detail) {
	}

	private final AgencyDirectory directory;

	private final AgencyClients clients;

	private final AgencyCredentials credentials;

	private final AgencyCircuitBreakers breakers;

	public AgencyGateway(AgencyDirectory directory, AgencyClients clients, AgencyCredentials credentials,
			AgencyCircuitBreakers breakers) {
		this.directory = directory;
		this.clients = clients;
		this.credentials = credentials;
		this.breakers = breakers;
	}

	/**
	 * An operation that posts its request to {@code path} under the agency's base URL.
	 */
	public <Q, R> AgencyOperation<Q, R> operation(String agencyCode, String name, String path, Class<R> answer) {
		return new Operation<>(agencyCode, name, path, answer);
	}

	private <R> R post(String agencyCode, String path, String idempotencyKey, Object request, Class<R> answer) {
		Agency agency = this.directory.find(agencyCode)
			.orElseThrow(() -> new IllegalStateException("Unknown agency " + agencyCode));
		if (!agency.enabled()) {
			throw new AgencyUnavailableException(agency, "switched off in the agency directory");
		}
		Supplier<R> call = () -> send(agency, path, idempotencyKey, request, answer);
		CircuitBreaker breaker = this.breakers.of(agency);
		try {
			return breaker.executeSupplier(call);
		}
		catch (CallNotPermittedException notNow) {
			// Half open: a few trial calls are on their way and their answers come in
			// moments. Jobs an operator retried together after an outage wait for them
			// rather than each turning into an incident again.
			if (closedAfterTrials(breaker)) {
				try {
					return breaker.executeSupplier(call);
				}
				catch (CallNotPermittedException openAgain) {
					// The agency failed again meanwhile.
				}
			}
			throw new CircuitOpenException(agency, this.breakers.tryAgainAt(agency));
		}
	}

	private static boolean closedAfterTrials(CircuitBreaker breaker) {
		long until = System.nanoTime() + HALF_OPEN_WAIT.toNanos();
		while (breaker.getState() == CircuitBreaker.State.HALF_OPEN && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return breaker.getState() == CircuitBreaker.State.CLOSED;
	}

	private <R> R send(Agency agency, String path, String idempotencyKey, Object request, Class<R> answer) {
		RestClient client;
		try {
			client = this.clients.clientFor(agency);
		}
		catch (IllegalStateException notConfigured) {
			throw new AgencyUnavailableException(agency, notConfigured.getMessage());
		}
		try {
			R result = client.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.headers(headers -> {
					headers.set("Idempotency-Key", idempotencyKey);
					this.credentials.apiKeyOf(agency).ifPresent(headers::setBearerAuth);
				})
				.body(request)
				.retrieve()
				.body(answer);
			if (result == null) {
				throw new AgencyUnavailableException(agency, "empty answer");
			}
			return result;
		}
		catch (RestClientResponseException answered) {
			throw rejectionOrFailure(agency, answered);
		}
		catch (RestClientException failure) {
			throw new AgencyUnavailableException(agency, failure);
		}
	}

	private static RuntimeException rejectionOrFailure(Agency agency, RestClientResponseException answered) {
		if (answered.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
			return new AgencyRejectedException(agency, AgencyRejectedException.NOT_FOUND, null);
		}
		if (answered.getStatusCode().isSameCodeAs(HttpStatus.UNPROCESSABLE_ENTITY)) {
			Problem problem = problemIn(answered);
			if (problem != null && problem.code() != null && !problem.code().isBlank()) {
				return new AgencyRejectedException(agency, problem.code(), problem.detail());
			}
		}
		return new AgencyUnavailableException(agency, answered);
	}

	private static Problem problemIn(RestClientResponseException answered) {
		try {
			return answered.getResponseBodyAs(Problem.class);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	private final class Operation<Q, R> implements AgencyOperation<Q, R> {

		private final String agencyCode;

		private final String name;

		private final String path;

		private final Class<R> answer;

		Operation(String agencyCode, String name, String path, Class<R> answer) {
			this.agencyCode = agencyCode;
			this.name = name;
			this.path = path;
			this.answer = answer;
		}

		@Override
		public String agencyCode() {
			return this.agencyCode;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public R call(String idempotencyKey, Q request) {
			return post(this.agencyCode, this.path, idempotencyKey, request, this.answer);
		}

	}

}
