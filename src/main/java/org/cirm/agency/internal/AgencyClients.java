package org.cirm.agency.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cirm.agency.Agency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients for agencies' systems, with each agency's timeouts. A base URL that starts
 * with {@code /} is this node's own address, where the demo profile serves the agency
 * sandbox; without the sandbox such a URL is refused (a technical failure naming the
 * missing setting), never sent to a page that does not exist.
 */
@Component
public class AgencyClients {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	private final Map<String, RestClient> clients = new ConcurrentHashMap<>();

	private final boolean sandboxServed;

	private volatile int localPort;

	public AgencyClients(@Value("${cirm.sandbox.enabled:false}") boolean sandboxServed) {
		this.sandboxServed = sandboxServed;
	}

	@EventListener
	void onServerStarted(WebServerInitializedEvent event) {
		this.localPort = event.getWebServer().getPort();
	}

	/**
	 * One client per agency, built at its first call (after this node knows its own
	 * port).
	 */
	public RestClient clientFor(Agency agency) {
		if (this.localPort == 0) {
			// Before the server has its port, a relative base URL cannot be resolved for
			// good.
			return build(agency);
		}
		return this.clients.computeIfAbsent(agency.code(), code -> build(agency));
	}

	private RestClient build(Agency agency) {
		Agency.System system = agency.system();
		if (system == null || system.baseUrl() == null) {
			throw new IllegalStateException("No system is configured for agency " + agency.code());
		}
		if (system.baseUrl().isBlank() || system.baseUrl().startsWith("/") && !this.sandboxServed) {
			throw new IllegalStateException("Agency " + agency.code() + " has no system URL: set CIRM_AGENCY_"
					+ agency.code().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL");
		}
		var requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(orDefault(system.connectTimeout()));
		requests.setReadTimeout(orDefault(system.readTimeout()));
		return RestClient.builder().requestFactory(requests).baseUrl(absolute(system.baseUrl())).build();
	}

	private String absolute(String baseUrl) {
		return baseUrl.startsWith("/") ? "http://localhost:" + this.localPort + baseUrl : baseUrl;
	}

	private static Duration orDefault(Duration timeout) {
		return timeout == null ? DEFAULT_TIMEOUT : timeout;
	}

}
