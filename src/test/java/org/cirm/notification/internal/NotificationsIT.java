package org.cirm.notification.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.cirm.CirmApplication;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.Citizens;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.Receipt;
import org.cirm.servicerequest.Submission;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Notifications through a real SMTP server in the test JVM (GreenMail) and the demo's SMS
 * gateway over HTTP: the statutory delay notice reaches the citizen in Thai, officers
 * hear of a late step, a rolled-back transaction sends nothing, and a mail server that is
 * down delays a message without losing it or undoing the step.
 */
class NotificationsIT {

	private static final int SMTP_PORT = freePort();

	private static GreenMail smtp;

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() {
		startMailServer();
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", "jdbc:h2:mem:cirm-notifications;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
		properties.put("server.port", "0");
		properties.put("spring.mail.host", "localhost");
		properties.put("spring.mail.port", SMTP_PORT);
		properties.put("camunda.bpm.job-execution.enabled", "false");
		properties.put("cirm.sandbox.workers", "false");
		properties.put("cirm.notification.poll-interval", "PT1H");
		// The SLA test model breaks rules on purpose (steps longer than the service).
		properties.put("cirm.models.check", "warn");
		app = new SpringApplicationBuilder(CirmApplication.class).profiles("demo")
			.run(properties.entrySet()
				.stream()
				.map(property -> "--" + property.getKey() + "=" + property.getValue())
				.toArray(String[]::new));
		app.getBean(RepositoryService.class)
			.createDeployment()
			.name("sla-test")
			.addClasspathResource("models/sla-test.bpmn")
			.deploy();
	}

	@AfterAll
	static void stop() {
		app.close();
		smtp.stop();
	}

	@BeforeEach
	void emptyMailbox() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void realTime() {
		ClockUtil.reset();
	}

	@Test
	void aLateDecisionSendsTheApplicantTheStatutoryNoticeInThaiByEmail() throws Exception {
		Citizen applicant = register("110170023007",
				new Citizen.Contact("0812345678", "somchai@example.org", "EMAIL", "th"));
		String request = lateRequestOf(applicant);

		await().until(() -> delayNotices().length == 1);
		MimeMessage[] received = delayNotices();
		assertThat(received[0].getAllRecipients()[0]).hasToString("somchai@example.org");
		assertThat(received[0].getSubject()).contains("คำขอของท่านเกินระยะเวลาที่กำหนด", "ทดสอบ SLA");
		String body = GreenMailUtil.getBody(received[0]);
		assertThat(mimeDecoded(received[0])).contains("มาตรา 10", "พิจารณาอนุญาต", "2569", "สำนักงาน ก.พ.ร.");
		assertThat(body).isNotBlank();
		await().untilAsserted(
				() -> assertThat(outbox(request)).extracting(row -> row.status()).containsExactly(Outbox.Status.SENT));
	}

	@Test
	void anApplicantWhoPrefersSmsGetsItThroughTheGatewayInEnglishIfTheyChose() {
		Citizen applicant = register("310050044012", new Citizen.Contact("0898765432", null, "SMS", "en"));
		String request = lateRequestOf(applicant);

		await().untilAsserted(() -> assertThat(app.getBean(SandboxSmsGateway.class).received()).anySatisfy(sms -> {
			assertThat(sms.to()).isEqualTo("0898765432");
			assertThat(sms.text()).contains("taking longer than the time limit", "SLA test", "section 10");
		}));
		await().untilAsserted(
				() -> assertThat(outbox(request)).extracting(row -> row.status()).containsExactly(Outbox.Status.SENT));
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void officersOfTheAgencyAndItsSupervisorsHearOfALateStep() throws Exception {
		IdentityService identity = app.getBean(IdentityService.class);
		User muni = identity.createUserQuery().userId("muni").singleResult();
		muni.setEmail("muni@municipality.example");
		identity.saveUser(muni);
		User supervisor = identity.createUserQuery().userId("supervisor").singleResult();
		supervisor.setEmail("supervisor@municipality.example");
		identity.saveUser(supervisor);

		at("2026-04-09T10:00");
		String request = start(null);
		at("2026-04-16T16:30");
		runDueJobs(request);

		await().untilAsserted(() -> assertThat(smtp.getReceivedMessages())
			.extracting(message -> message.getAllRecipients()[0].toString())
			.contains("muni@municipality.example", "supervisor@municipality.example"));
		await().untilAsserted(() -> assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
			.anyMatch(subject -> subject.startsWith("ใกล้ครบกำหนด: Task_Check"))
			.anyMatch(subject -> subject.startsWith("เกินกำหนด: Task_Check")));
	}

	@Test
	void aRolledBackTransactionSendsNothing() {
		Outbox outbox = app.getBean(Outbox.class);
		String key = "test:" + UUID.randomUUID();
		TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			outbox.enqueue(new Message(key, Message.Recipient.OFFICER, "muni", Message.Channel.EMAIL, "th",
					"step-overdue", Map.of(), null));
			throw new IllegalStateException("the step failed");
		})).hasMessage("the step failed");

		assertThat(jdbc().queryForObject("select count(*) from notification_outbox where dedup_key = ?", Integer.class,
				key))
			.isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aMailServerThatIsDownDelaysTheNoticeWithoutLosingItOrUndoingTheStep() throws Exception {
		Citizen applicant = register("110170031018", new Citizen.Contact(null, "somsri@example.org", "EMAIL", "th"));
		smtp.stop();
		String request;
		try {
			request = lateRequestOf(applicant);
			assertThat(jdbc().queryForObject("select count(*) from sla_delay_notice where process_instance = ?",
					Integer.class, request))
				.as("the notice is issued and kept")
				.isOne();
			String late = request;
			await().until(() -> outbox(late).get(0).lastError() != null);
			Outbox.Row waiting = outbox(request).get(0);
			assertThat(waiting.status()).isEqualTo(Outbox.Status.PENDING);
			assertThat(waiting.attempts()).isOne();
		}
		finally {
			startMailServer();
		}
		jdbc().update("update notification_outbox set next_attempt_at = ? where process_instance = ?",
				new Date(System.currentTimeMillis() - 1000), request);
		app.getBean(Dispatcher.class).retry();

		assertThat(outbox(request)).extracting(row -> row.status()).containsExactly(Outbox.Status.SENT);
		assertThat(delayNotices()).hasSize(1);
	}

	@Test
	void nothingMoreGoesToACitizenWhoseDataWasErased() {
		Citizen applicant = register("110170045019", new Citizen.Contact(null, "wichai@example.org", "EMAIL", "th"));
		String key = "test:" + UUID.randomUUID();
		Outbox outbox = app.getBean(Outbox.class);
		new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
			outbox.enqueue(new Message(key, Message.Recipient.CITIZEN, applicant.ref().value(), Message.Channel.EMAIL,
					"th", "delay-notice", Map.of(), null));
			// Not yet tried: as if the node went down before sending.
			jdbc().update("update notification_outbox set next_attempt_at = ? where dedup_key = ?",
					new Date(System.currentTimeMillis() + 3_600_000), key);
		});

		app.getBean(CitizenRegistry.class).erase(applicant.ref());

		assertThat(
				jdbc().queryForObject("select status from notification_outbox where dedup_key = ?", String.class, key))
			.isEqualTo("CANCELLED");
	}

	@Test
	void theApplicantHearsOfEachStepWhatIsNeededFromThemAndTheEnd() throws Exception {
		Citizen applicant = register("110170052015", new Citizen.Contact(null, "kanya@example.org", "EMAIL", "th"));
		at("2026-04-09T10:00");
		String request = start(applicant.ref(), true);
		complete(request, "Task_Check", Map.of("needsDocuments", true));
		app.getBean(RuntimeService.class)
			.createMessageCorrelation("sla-test.documents")
			.processInstanceId(request)
			.correlate();
		complete(request, "Task_Decide", Map.of());
		at("2026-04-21T16:30");
		runDueJobs(request);
		complete(request, "Task_Archive", Map.of());

		await().untilAsserted(() -> assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
			.contains("คำขอของท่านคืบหน้า: ตรวจคำขอ", "หน่วยงานรอข้อมูลจากท่าน: รอเอกสารจากผู้ยื่น",
					"คำขอของท่านคืบหน้า: พิจารณาอนุญาต",
					// This test model files no request record, so its end reads "closed".
					"คำขอ -: ปิดเรื่องแล้ว"));
	}

	@Test
	void aMailServerThatNeverAnswersHoldsUpNoIntakeAndTheMessageGoesWhenItRecovers() throws Exception {
		Citizen applicant = register("110170067010", new Citizen.Contact(null, "preecha@example.org", "EMAIL", "th"));
		jdbc().update("update citizen set verification = 'VERIFIED', verified_at = ? where ref = ?",
				java.sql.Timestamp.from(java.time.Instant.now()), applicant.ref().value());
		smtp.stop();
		Receipt receipt;
		try (ServerSocket silent = new ServerSocket(SMTP_PORT)) {
			List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
			Thread acceptor = new Thread(() -> {
				while (!silent.isClosed()) {
					try {
						held.add(silent.accept());
					}
					catch (IOException closed) {
						return;
					}
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();

			receipt = CompletableFuture.supplyAsync(() -> app.getBean(Intake.class).submit(complaintBy(applicant)))
				.get(5, TimeUnit.SECONDS);

			await().until(() -> !held.isEmpty());
			assertThat(receipt.trackingCode()).isNotNull();
		}
		finally {
			startMailServer();
		}
		String request = jdbc().queryForObject("select process_instance from service_request where tracking_code = ?",
				String.class, receipt.trackingCode().value());
		await().atMost(Duration.ofSeconds(30)).until(() -> receivedNotice(request).lastError() != null);
		jdbc().update("update notification_outbox set next_attempt_at = ? where process_instance = ?",
				new Date(System.currentTimeMillis() - 1000), request);
		app.getBean(Dispatcher.class).retry();

		assertThat(receivedNotice(request).status()).isEqualTo(Outbox.Status.SENT);
		assertThat(smtp.getReceivedMessages()).extracting(message -> message.getAllRecipients()[0].toString())
			.contains("preecha@example.org");
	}

	/**
	 * Starts the mail server on its fixed port. A busy machine can take longer than
	 * GreenMail's 2 s, and a connection to the silent server before it may hold the port
	 * a moment longer: then GreenMail cannot bind, and is started again.
	 */
	private static void startMailServer() {
		for (int attempt = 1;; attempt++) {
			ServerSetup setup = new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP);
			setup.setServerStartupTimeout(30_000);
			smtp = new GreenMail(setup);
			try {
				smtp.start();
				return;
			}
			catch (IllegalStateException notBound) {
				smtp.stop();
				if (attempt == 90) {
					throw notBound;
				}
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw notBound;
				}
			}
		}
	}

	private static Outbox.Row receivedNotice(String request) {
		return app.getBean(Outbox.class)
			.ofProcessInstance(request)
			.stream()
			.filter(row -> row.message().template().equals("request-received"))
			.findFirst()
			.orElseThrow();
	}

	private static Submission complaintBy(Citizen applicant) {
		return new Submission("complaint", Channel.API,
				new Submission.Applicant(applicant.nationalId().fullDigits(), applicant.nameTh().first(),
						applicant.nameTh().last(), applicant.birthDate(), null, applicant.contact().email(), "EMAIL",
						"th"),
				Map.of("category", "ROAD_AND_TRAFFIC", "subject", "ไฟถนนดับ", "location", "ซอย 3", "details",
						"ไฟดับทั้งซอย"),
				UUID.randomUUID().toString());
	}

	private static MimeMessage[] delayNotices() throws Exception {
		List<MimeMessage> notices = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getSubject().contains("เกินระยะเวลาที่กำหนด")) {
				notices.add(message);
			}
		}
		return notices.toArray(MimeMessage[]::new);
	}

	private static void complete(String request, String step, Map<String, Object> variables) {
		TaskService tasks = app.getBean(TaskService.class);
		tasks.complete(
				tasks.createTaskQuery().processInstanceId(request).taskDefinitionKey(step).singleResult().getId(),
				variables);
	}

	/** A request whose decision passes the 5 working days (Songkran 2026 in between). */
	private String lateRequestOf(Citizen applicant) {
		at("2026-04-09T10:00");
		String request = start(applicant.ref());
		app.getBean(TaskService.class)
			.complete(app.getBean(TaskService.class)
				.createTaskQuery()
				.processInstanceId(request)
				.taskDefinitionKey("Task_Check")
				.singleResult()
				.getId(), Map.of("needsDocuments", false));
		at("2026-04-21T16:30");
		runDueJobs(request);
		return request;
	}

	private Citizen register(String twelveDigits, Citizen.Contact contact) {
		Citizen sample = Citizens.somchai();
		return app.getBean(CitizenRegistry.class)
			.register(new Citizen(null, Citizens.idFrom(twelveDigits), sample.nameTh(), sample.nameEn(),
					sample.birthDate(), sample.address(), contact));
	}

	private static String start(CitizenRef applicant) {
		return start(applicant, false);
	}

	private static String start(CitizenRef applicant, boolean needsDocuments) {
		Map<String, Object> variables = new HashMap<>(Map.of("needsDocuments", needsDocuments));
		if (applicant != null) {
			variables.put(CitizenRef.PROCESS_VARIABLE, applicant.value());
		}
		return app.getBean(RuntimeService.class)
			.startProcessInstanceByKey("SlaTestProcess", "request-" + UUID.randomUUID(), variables)
			.getId();
	}

	private static void runDueJobs(String request) {
		ManagementService jobs = app.getBean(ManagementService.class);
		for (List<Job> due = jobs.createJobQuery()
			.processInstanceId(request)
			.executable()
			.orderByJobDuedate()
			.asc()
			.list(); !due.isEmpty(); due = jobs.createJobQuery()
				.processInstanceId(request)
				.executable()
				.orderByJobDuedate()
				.asc()
				.list()) {
			jobs.executeJob(due.get(0).getId());
		}
	}

	private static List<Outbox.Row> outbox(String request) {
		return app.getBean(Outbox.class)
			.ofProcessInstance(request)
			.stream()
			.filter(row -> row.message().template().equals("delay-notice"))
			.toList();
	}

	private static String mimeDecoded(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	private static JdbcTemplate jdbc() {
		return app.getBean(JdbcTemplate.class);
	}

	private static void at(String bangkokTime) {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(bangkokTime).atZone(ThaiDates.BANGKOK).toInstant()));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
