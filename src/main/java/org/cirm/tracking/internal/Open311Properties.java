package org.cirm.tracking.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cirm.open311.clients}: the systems that may use the Open311 API, each by name
 * with the name of the setting that holds its API key.
 */
@ConfigurationProperties("cirm.open311")
public record Open311Properties(List<Client> clients) {

	public Open311Properties {
		clients = clients == null ? List.of() : List.copyOf(clients);
	}

	public record Client(String name, String apiKey) {
	}

}
