package org.cirm.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every endpoint of the citizens' API, Open311, the agencies' callbacks and the officers'
 * API is in the generated reference, in its group, and the reference is served with its
 * UI without a login.
 */
@CirmWebTest
class ApiDocumentationTest {

	private static final String[] GROUPS = { "citizen", "open311", "agency-callbacks", "officer" };

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyApiEndpointIsInTheReference() throws Exception {
		Set<String> documented = new TreeSet<>();
		Browser anyone = new Browser(this.port);
		for (String group : GROUPS) {
			HttpResponse<String> reference = anyone.get("/api/openapi/" + group, "Accept", "application/json");
			assertThat(reference.statusCode()).as(group).isEqualTo(200);
			JSON.readTree(reference.body())
				.path("paths")
				.properties()
				.forEach(path -> path.getValue()
					.fieldNames()
					.forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
		}

		Set<String> endpoints = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((mapping, handler) -> {
			Set<String> paths = mapping.getPatternValues();
			Set<?> methods = mapping.getMethodsCondition().getMethods();
			for (String path : paths) {
				if (isApi(path)) {
					methods
						.forEach(method -> endpoints.add(method + " " + path.replaceAll("\\{([^}:]+):[^}]+}", "{$1}")));
				}
			}
		});

		assertThat(endpoints).as("the API endpoints").hasSizeGreaterThan(30);
		assertThat(documented).containsAll(endpoints);
	}

	@Test
	void theReferenceIsServedWithItsUi() {
		HttpResponse<String> entry = new Browser(this.port).get("/api/docs");
		assertThat(entry.statusCode()).as(entry.headers().toString()).isEqualTo(302);
		String location = entry.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> ui = new Browser(this.port).get(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(ui.statusCode()).as(location).isEqualTo(200);
		assertThat(ui.body()).contains("swagger");
	}

	private static boolean isApi(String path) {
		return (path.startsWith("/api/") || path.startsWith("/open311/") || path.startsWith("/agency-callbacks/")
				|| path.startsWith("/officer/api/")) && !path.contains("**") && !path.startsWith("/api/openapi")
				&& !path.startsWith("/api/docs");
	}

}
