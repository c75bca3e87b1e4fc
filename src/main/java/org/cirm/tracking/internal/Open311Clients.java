package org.cirm.tracking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The systems allowed to file requests through Open311, each with an API key held in the
 * setting its entry names (an environment variable in production).
 */
@Component
class Open311Clients {

	private final Open311Properties clients;

	private final Environment environment;

	Open311Clients(Open311Properties clients, Environment environment) {
		this.clients = clients;
		this.environment = environment;
	}

	/** The client this API key belongs to. */
	Optional<String> clientOf(String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			return Optional.empty();
		}
		byte[] given = apiKey.getBytes(StandardCharsets.UTF_8);
		return this.clients.clients().stream().filter(client -> {
			String key = this.environment.getProperty(client.apiKey(), "");
			return !key.isBlank() && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), given);
		}).map(Open311Properties.Client::name).findFirst();
	}

}
