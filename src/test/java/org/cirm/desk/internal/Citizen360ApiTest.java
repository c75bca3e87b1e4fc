package org.cirm.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.cirm.audit.AuditEntry;
import org.cirm.audit.AuditLog;
import org.cirm.audit.Purpose;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRef;
import org.cirm.servicerequest.Satisfaction;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.Citizens;
import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.cirm.testing.Complaints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CirmWebTest
@ExtendWith(OutputCaptureExtension.class)
class Citizen360ApiTest {

	@LocalServerPort
	int port;

	@Autowired
	CitizenRegistry registry;

	@Autowired
	AuditLog audit;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	Citizen somchai;

	@BeforeEach
	void registerSomchaiWithTwoComplaints() {
		this.somchai = this.registry.register(Citizens.somchai());
		if (this.runtime.createProcessInstanceQuery()
			.variableValueEquals(CitizenRef.PROCESS_VARIABLE, this.somchai.ref().value())
			.count() == 0) {
			complaintOf(this.somchai.ref());
			String forwarded = complaintOf(this.somchai.ref());
			String triage = this.tasks.createTaskQuery().processInstanceId(forwarded).singleResult().getId();
			this.tasks.complete(triage, Variables.fromMap(Complaints.forwardTo("municipality")));
		}
	}

	@Test
	void anOfficerFindsACitizenByNationalIdWithRequestsOfTwoAgenciesAndOneAuditEntry() {
		int before = this.audit.about(this.somchai.ref().value()).size();

		HttpResponse<String> view = officer("hotline").postJson("/officer/api/citizens/lookup",
				lookup(this.somchai.nationalId().fullDigits(), "CITIZEN_ENQUIRY"));

		assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
		assertThat(view.body())
			.contains("\"first\":\"สมชาย\"", this.somchai.nationalId().masked(), "Complaint Centre", "Municipality",
					"คัดกรองเรื่องร้องเรียน", "หน่วยงานดำเนินการ")
			.doesNotContain(this.somchai.nationalId().fullDigits());
		assertThat(this.audit.about(this.somchai.ref().value())).hasSize(before + 1)
			.last()
			.extracting(AuditEntry::officer, AuditEntry::purpose, AuditEntry::view)
			.containsExactly("hotline", Purpose.CITIZEN_ENQUIRY, "citizen-360");
	}

	@Test
	void theCitizensSatisfactionRatingShowsWithTheRequestTheyRated() {
		Citizen malee = this.registry.register(Citizens.malee());
		String complaint = complaintOf(malee.ref());
		this.runtime.setVariable(complaint, Satisfaction.RATING.name(), 4L);

		HttpResponse<String> view = officer("counter").postJson("/officer/api/citizens/lookup",
				lookup(malee.nationalId().fullDigits(), "CITIZEN_ENQUIRY"));

		assertThat(view.body()).contains("\"caseId\":\"" + complaint + "\"", "\"satisfaction\":4");
	}

	@Test
	void aLookupWithoutAPurposeIsRefusedAndReadsNothing() {
		int before = this.audit.about(this.somchai.ref().value()).size();

		HttpResponse<String> refused = officer("counter").postJson("/officer/api/citizens/lookup",
				"{\"nationalId\":\"" + this.somchai.nationalId().fullDigits() + "\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("State the purpose").doesNotContain("สมชาย");
		assertThat(this.audit.about(this.somchai.ref().value())).hasSize(before);
	}

	@Test
	void aWrongCheckDigitIsRefusedPreciselyInThaiAndEnglish() {
		String id = this.somchai.nationalId().fullDigits();
		String typo = id.substring(0, 12) + (char) ('0' + (id.charAt(12) - '0' + 1) % 10);

		HttpResponse<String> refused = officer("counter").postJson("/officer/api/citizens/lookup",
				lookup(typo, "SERVICE_REQUEST"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("CHECK_DIGIT", "check digit", "เลขตรวจสอบ").doesNotContain(typo);
	}

	@Test
	void anUnknownIdIsNotFound() {
		HttpResponse<String> missing = officer("counter").postJson("/officer/api/citizens/lookup",
				lookup(Citizens.idFrom("398765432109").fullDigits(), "SERVICE_REQUEST"));

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("No such citizen is registered");
	}

	@Test
	void onlyFrontlineOfficersWithTheCitizenDataPermissionSeeCitizens() {
		String body = lookup(this.somchai.nationalId().fullDigits(), "SERVICE_REQUEST");

		assertThat(officer("dopa").postJson("/officer/api/citizens/lookup", body).statusCode()).isEqualTo(403);
		assertThat(officer("owner").postJson("/officer/api/citizens/lookup", body).statusCode()).isEqualTo(403);
		assertThat(officer("auditor").postJson("/officer/api/citizens/lookup", body).statusCode()).isEqualTo(403);
	}

	@Test
	void officersFindCitizensByLastNameOrPhoneAndEachShownIsAudited() {
		int before = this.audit.about(this.somchai.ref().value()).size();

		HttpResponse<String> found = officer("counter").postJson("/officer/api/citizens/search",
				"{\"text\":\"0812345678\",\"purpose\":\"SERVICE_REQUEST\"}");

		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains(this.somchai.ref().value(), this.somchai.nationalId().masked());
		assertThat(this.audit.about(this.somchai.ref().value())).hasSize(before + 1);
	}

	@Test
	void aLoggedContactShowsInTheViewByReference() {
		Browser counter = officer("counter");
		String ref = this.somchai.ref().value();

		HttpResponse<String> logged = counter.postJson("/officer/api/citizens/" + ref + "/contacts",
				"{\"channel\":\"COUNTER\",\"note\":\"Asked about the pothole complaint\",\"purpose\":\"CITIZEN_ENQUIRY\"}");

		assertThat(logged.statusCode()).isEqualTo(201);
		HttpResponse<String> unknownChannel = counter.postJson("/officer/api/citizens/" + ref + "/contacts",
				"{\"channel\":\"FAX\",\"note\":\"x\",\"purpose\":\"CITIZEN_ENQUIRY\"}");
		assertThat(unknownChannel.statusCode()).isEqualTo(400);
		assertThat(unknownChannel.body()).contains("COUNTER or HOTLINE");
		assertThat(counter
			.get("/officer/api/citizens/not-a-reference?purpose=CITIZEN_ENQUIRY", "Accept", "application/json")
			.statusCode()).isEqualTo(404);
		assertThat(
				counter.get("/officer/api/citizens/" + ref + "?purpose=CITIZEN_ENQUIRY", "Accept", "application/json")
					.body())
			.contains("Asked about the pothole complaint");
	}

	@Test
	void onlyAuditorsReadTheAuditLog() {
		String path = "/officer/api/audit?citizenRef=" + this.somchai.ref().value();

		assertThat(officer("counter").get(path, "Accept", "application/json").statusCode()).isEqualTo(403);
		assertThat(officer("auditor").get(path, "Accept", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void aCitizensDataIsExportedAndThenErasedOnRequest() {
		Citizen malee = this.registry.register(Citizens.malee());
		String ref = malee.ref().value();
		Browser counter = officer("counter");
		counter.postJson("/officer/api/citizens/" + ref + "/contacts",
				"{\"channel\":\"COUNTER\",\"note\":\"Requested a copy of her data\",\"purpose\":\"DATA_SUBJECT_REQUEST\"}");

		counter.postJson("/officer/api/citizens/" + ref + "/consents",
				"{\"consent\":\"SMS_NOTIFICATIONS\",\"given\":true}");
		counter.postJson("/officer/api/citizens/" + ref + "/consents",
				"{\"consent\":\"SMS_NOTIFICATIONS\",\"given\":false}");

		HttpResponse<String> export = counter.get("/officer/api/citizens/" + ref + "/export", "Accept",
				"application/json");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).contains(malee.nationalId().fullDigits(), "Requested a copy of her data",
				"DATA_SUBJECT_REQUEST", "contact-log", "SMS_NOTIFICATIONS", "withdrawnAt\":\"");

		assertThat(counter.postJson("/officer/api/citizens/" + ref + "/erasure", "{}").statusCode()).isEqualTo(204);
		assertThat(this.registry.find(malee.nationalId())).isEmpty();
		assertThat(
				counter.get("/officer/api/citizens/" + ref + "?purpose=SERVICE_REQUEST", "Accept", "application/json")
					.statusCode())
			.isEqualTo(404);
	}

	@Test
	void noLogLineCarriesANationalIdEvenAtDebugLevel(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		String id = this.somchai.nationalId().fullDigits();
		String typo = id.substring(0, 12) + (char) ('0' + (id.charAt(12) - '0' + 1) % 10);
		logging.setLogLevel("org.springframework.web", LogLevel.DEBUG);
		logging.setLogLevel("org.cirm", LogLevel.DEBUG);
		try {
			Browser counter = officer("counter");
			counter.postJson("/officer/api/citizens/lookup", lookup(id, "SERVICE_REQUEST"));
			counter.postJson("/officer/api/citizens/lookup", lookup(typo, "SERVICE_REQUEST"));
			counter.postJson("/officer/api/citizens/search", "{\"text\":\"Jaidee\",\"purpose\":\"SERVICE_REQUEST\"}");
		}
		finally {
			logging.setLogLevel("org.springframework.web", null);
			logging.setLogLevel("org.cirm", null);
		}

		assertThat(output.getAll()).contains("/officer/api/citizens/lookup").doesNotContain(id).doesNotContain(typo);
	}

	private Browser officer(String user) {
		Browser officer = new Browser(this.port);
		officer.login(user, "demo");
		return officer;
	}

	private String complaintOf(CitizenRef citizen) {
		var variables = Variables.fromMap(Complaints.potholeByHotline())
			.putValue(CitizenRef.PROCESS_VARIABLE, citizen.value());
		return this.runtime.startProcessInstanceByKey("ComplaintProcess", variables).getId();
	}

	private static String lookup(String nationalId, String purpose) {
		return "{\"nationalId\":\"" + nationalId + "\",\"purpose\":\"" + purpose + "\"}";
	}

}
