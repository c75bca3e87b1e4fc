package org.cirm.agency.internal.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cirm.agency.AgencyDirectory;
import org.cirm.agency.internal.AgencyCredentials;
import org.cirm.agency.internal.callback.CallbackSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the simulated asynchronous agencies answer: a signed callback to this node after
 * the sandbox's callback delay, sent again (same callback id) while the case is not yet
 * waiting for it (409), as a well-behaved agency system would.
 */
@Component
@Profile("demo")
class SandboxCallbacks implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SandboxCallbacks.class);

	private static final int ATTEMPTS = 20;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final AgencyDirectory directory;

	private final AgencyCredentials credentials;

	private final SandboxSwitches switches;

	private final ObjectMapper json;

	private volatile RestClient node;

	SandboxCallbacks(AgencyDirectory directory, AgencyCredentials credentials, SandboxSwitches switches,
			ObjectMapper json) {
		this.directory = directory;
		this.credentials = credentials;
		this.switches = switches;
		this.json = json;
	}

	@EventListener
	void onServerStarted(WebServerInitializedEvent event) {
		// HttpURLConnection: the JDK client would start a thread for every request body.
		this.node = RestClient.builder()
			.requestFactory(new SimpleClientHttpRequestFactory())
			.baseUrl("http://localhost:" + event.getWebServer().getPort())
			.build();
	}

	void later(String agencyCode, String event, String reference, String outcome, String agencyReference) {
		later(agencyCode, event, reference, outcome, agencyReference, null);
	}

	/**
	 * @param reason why, for the applicant (null for none)
	 */
	void later(String agencyCode, String event, String reference, String outcome, String agencyReference,
			String reason) {
		Map<String, String> callback = new HashMap<>(Map.of("callbackId", UUID.randomUUID().toString(), "event", event,
				"reference", reference, "outcome", outcome, "agencyReference", agencyReference));
		if (reason != null) {
			callback.put("reason", reason);
		}
		schedule(agencyCode, callback, 1);
	}

	private void schedule(String agencyCode, Map<String, String> callback, int attempt) {
		this.scheduler.schedule(() -> send(agencyCode, callback, attempt), this.switches.callbackDelay().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	private void send(String agencyCode, Map<String, String> callback, int attempt) {
		try {
			byte[] body = this.json.writeValueAsBytes(callback);
			String secret = this.directory.find(agencyCode).flatMap(this.credentials::callbackSecretOf).orElseThrow();
			this.node.post()
				.uri("/agency-callbacks/{code}", agencyCode)
				.contentType(MediaType.APPLICATION_JSON)
				.header(CallbackSignature.HEADER, CallbackSignature.sign(secret, body))
				.body(body)
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientResponseException refused) {
			if (refused.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT) && attempt < ATTEMPTS) {
				schedule(agencyCode, callback, attempt + 1);
			}
			else {
				log.warn("Sandbox callback of {} refused with {}", agencyCode, refused.getStatusCode());
			}
		}
		catch (RestClientException | JsonProcessingException failed) {
			if (attempt < ATTEMPTS) {
				schedule(agencyCode, callback, attempt + 1);
			}
		}
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

}
