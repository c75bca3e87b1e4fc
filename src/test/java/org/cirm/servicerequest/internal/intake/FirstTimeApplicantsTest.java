package org.cirm.servicerequest.internal.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2 as on PostgreSQL ({@code ConcurrentIntakeOnPostgresIT}): a new applicant's
 * requests filed at the same moment are all filed, the applicant registered once, and the
 * database's duplicate-key message, which quotes the national ID, never reaches the log.
 */
@CirmWebTest
@ExtendWith(OutputCaptureExtension.class)
class FirstTimeApplicantsTest {

	/** Known to the sandbox civil registry; no other web test files for him. */
	private static final String SOMSAK = "1700100555669";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void fiveRequestsOfANewApplicantAtOnceAreAllFiledAndTheLogNeverQuotesTheId(CapturedOutput log) {
		this.jdbc.update("delete from citizen where national_id = ?", SOMSAK);
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, 5)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> fileWhen(go), command -> new Thread(command).start()))
			.toList();
		go.countDown();

		assertThat(calls.stream().map(CompletableFuture::join)).extracting(HttpResponse::statusCode).containsOnly(201);
		assertThat(
				this.jdbc.queryForObject("select count(*) from citizen where national_id = ?", Integer.class, SOMSAK))
			.isOne();
		assertThat(log.getAll()).doesNotContain(SOMSAK, "1-7001-00555-66-9");
	}

	private HttpResponse<String> fileWhen(CountDownLatch go) {
		try {
			go.await();
			return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/requests"))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"service": "complaint", "applicant": {"nationalId": "%s", "firstNameTh": "สมศักดิ์",
						 "lastNameTh": "รักไทย", "birthDate": "1955-01-02", "phone": "0865551234",
						 "preferredChannel": "SMS"},
						 "fields": {"category": "ENVIRONMENT", "subject": "น้ำเสีย", "location": "คลองหลังวัด",
						 "details": "น้ำเน่าส่งกลิ่น"}}""".formatted(SOMSAK)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
