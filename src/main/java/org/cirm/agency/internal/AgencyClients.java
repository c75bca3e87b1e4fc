package org.cirm.agency.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cirm.agency.Agency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients for agencies' systems, from Spring Boot's builder (metrics, tracing) with
 * each agency's timeouts. A base URL that starts with {@code /} is this node's own
 * address, where the demo profile serves the agency sandbox; without the sandbox such a
 * URL is refused (a technical failure naming the missing setting), never sent to a page
 * that does not exist.
 */
@Component
public class AgencyClients {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	private final Map<String, RestClient> clients = new ConcurrentHashMap<>();

	private final boolean sandboxServed;

	private volatile int localPort;

	private final RestClient.Builder builder;

	public AgencyClients(@Value("${cirm.sandbox.enabled:false}") boolean sandboxServed, RestClient.Builder builder) {
		this.sandboxServed = sandboxServed;
		this.builder = builder;
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
		ClientHttpRequestFactorySettings timeouts = ClientHttpRequestFactorySettings.defaults()
			.withConnectTimeout(orDefault(system.connectTimeout()))
			.withReadTimeout(orDefault(system.readTimeout()));
		return this.builder.clone()
			.requestFactory(ClientHttpRequestFactoryBuilder.simple().build(timeouts))
			.baseUrl(absolute(system.baseUrl()))
			.build();
	}

	private String absolute(String baseUrl) {
		return baseUrl.startsWith("/") ? "http://localhost:" + this.localPort + baseUrl : baseUrl;
	}

	private static Duration orDefault(Duration timeout) {
		return timeout == null ? DEFAULT_TIMEOUT : timeout;
	}

}
