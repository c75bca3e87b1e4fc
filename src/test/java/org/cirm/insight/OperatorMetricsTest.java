package org.cirm.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.cirm.agency.AgencyDirectory;
import org.cirm.agency.internal.AgencyCircuitBreakers;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Operators scrape the service's and the engine's metrics with a monitoring account; no
 * one else reads them, and they carry codes, never personal data.
 */
@CirmWebTest
// Spring Boot's tests turn metrics export off unless asked: this one is about it.
@AutoConfigureObservability(tracing = false)
class OperatorMetricsTest {

	@LocalServerPort
	int port;

	@Autowired
	AgencyCircuitBreakers breakers;

	@Autowired
	AgencyDirectory agencies;

	@Test
	void aMonitoringAccountScrapesRequestsDeadlinesTheEngineTheOutboxAndTheAgencies() throws Exception {
		this.breakers.of(this.agencies.find("dopa").orElseThrow());
		String complaint = "{\"service\": \"complaint\", \"fields\": {\"category\": \"ROAD_AND_TRAFFIC\","
				+ " \"subject\": \"Pothole\", \"location\": \"Soi 5\", \"province\": \"BANGKOK\","
				+ " \"details\": \"A deep pothole\"}, \"applicant\": {\"nationalId\": \"1101700230074\","
				+ " \"firstNameTh\": \"สมชาย\", \"lastNameTh\": \"ใจดี\", \"birthDate\": \"1960-04-13\","
				+ " \"phone\": \"0812345678\", \"preferredChannel\": \"SMS\"}}";
		HttpResponse<String> filed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/requests"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(complaint))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).as(filed.body()).isIn(200, 201);

		HttpResponse<String> scraped = scrape("monitor");

		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("cirm_requests_received_total{channel=\"API\",service=\"complaint\"}",
				"cirm_engine_incidents_open", "cirm_engine_jobs_due", "cirm_outbox_messages{status=\"PENDING\"}",
				"resilience4j_circuitbreaker_state{", "name=\"dopa\"");
		assertThat(scraped.body()).doesNotContain("1101700230074").doesNotContain("สมชาย");
	}

	@Test
	void nobodyElseReadsThem() throws Exception {
		assertThat(scrape(null).statusCode()).isEqualTo(401);
		assertThat(scrape("counter").statusCode()).isEqualTo(403);
		assertThat(scrape("admin").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> scrape(String user) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"));
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
