package org.cirm.servicerequest.internal.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RuntimeService;
import org.cirm.citizen.Citizens;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.Receipt;
import org.cirm.servicerequest.Submission;
import org.cirm.testing.Postgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Intake on real PostgreSQL: the same submission sent eight times at once with one
 * idempotency key (a double-click, a retrying app, two nodes) files exactly one request
 * and one process, and the applicant is told once, with the tracking code.
 */
class IntakeOnPostgresIT {

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void startOnPostgres() {
		app = Postgres.start(Postgres.newDatabase(), "demo",
				Map.of("camunda.bpm.job-execution.enabled", "false", "cirm.sandbox.workers", "false"));
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void oneKeySentEightTimesAtOnceFilesOneRequest() throws Exception {
		String key = UUID.randomUUID().toString();
		Submission submission = new Submission("complaint", Channel.API,
				new Submission.Applicant(Citizens.idFrom("110170023007").fullDigits(), "สมชาย", "ใจดี",
						LocalDate.of(1960, 4, 13), "0812345678", null, "SMS", "th"),
				Map.of("category", "ROAD_AND_TRAFFIC", "subject", "ไฟถนนดับ", "location", "ซอย 3", "province",
						"BANGKOK", "details", "ไฟดับทั้งซอย / The whole lane is dark"),
				key);
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Receipt>> submissions = IntStream.range(0, 8)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
				try {
					go.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return app.getBean(Intake.class).submit(submission);
			}))
			.toList();
		go.countDown();
		List<Receipt> receipts = submissions.stream().map(CompletableFuture::join).toList();

		assertThat(receipts).extracting(Receipt::trackingCode).containsOnly(receipts.get(0).trackingCode());
		assertThat(receipts).filteredOn(receipt -> !receipt.repeated()).hasSize(1);
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from service_request where idempotency_key = ?", Integer.class,
				key))
			.isOne();
		String code = receipts.get(0).trackingCode().formatted();
		assertThat(
				app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceBusinessKey(code).count())
			.isOne();

		await().untilAsserted(() -> assertThat(HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(Postgres.baseUrl(app) + "/sandbox/sms/messages")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body()).as("the applicant is told once, with the code").containsOnlyOnce(code));
	}

}
