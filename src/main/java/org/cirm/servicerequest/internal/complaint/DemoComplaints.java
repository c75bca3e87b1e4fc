package org.cirm.servicerequest.internal.complaint;

import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.ACTION_TAKEN;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.CATEGORY;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.CHANNEL;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.DETAILS;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.EVIDENCE_REF;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.HANDLING_RESULT;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.LOCATION;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.OUTCOME_ACCEPTED;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.PROVINCE;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.RESPONSIBLE_AGENCY;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.SUBJECT;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.TRIAGE_DECISION;

import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.Category;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.Channel;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.HandlingResult;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.Province;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.TriageDecision;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.NationalId;
import org.cirm.platform.StartupStep;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts a few complaints at different steps into a new demo database, so that Tasklist
 * shows work for the complaint centre and the municipality from the first login. Demo
 * only, and only once.
 */
@Component
@Profile("demo")
@Order(50)
class DemoComplaints implements StartupStep {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final HistoryService history;

	private final CitizenRegistry citizens;

	DemoComplaints(RuntimeService runtime, TaskService tasks, HistoryService history, CitizenRegistry citizens) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.history = history;
		this.citizens = citizens;
	}

	@Override
	public void run() {
		if (this.history.createHistoricProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY).count() > 0) {
			return;
		}
		CitizenRef somchai = complainant("110170023007", "สมชาย", "ใจดี", "Somchai", "Jaidee", "0812345678");
		CitizenRef malee = complainant("310050044012", "มาลี", "ใจงาม", "Malee", "Jai-ngam", "0898765432");
		// Without a province the centre triages; with one, the routing table sends it on.
		receive(somchai, Channel.HOTLINE, Category.ROAD_AND_TRAFFIC, "ถนนชำรุดเป็นหลุมลึก / Deep pothole",
				"ถนนเทศบาล 3 หน้าตลาดสด / Municipal road 3, in front of the fresh market", null);
		String noise = receive(somchai, Channel.COUNTER, Category.PUBLIC_NUISANCE,
				"เสียงดังจากโรงงานกลางดึก / Factory noise at night", "ซอยร่วมใจ 7 / Soi Ruamjai 7", null);
		forwardToMunicipality(noise);
		String garbage = receive(malee, Channel.WEB, Category.ENVIRONMENT,
				"ไม่มีการเก็บขยะ 2 สัปดาห์ / No garbage collection for two weeks",
				"หมู่บ้านสุขใจ ซอย 2 / Sukjai village, soi 2", Province.BANGKOK);
		handle(garbage);
		String light = receive(malee, Channel.HOTLINE, Category.PUBLIC_SERVICE, "ไฟส่องสว่างดับ / Street lights out",
				"ถนนสายหลักหน้าโรงเรียน / Main road in front of the school", Province.BANGKOK);
		handle(light);
		completeCurrentStep(light, OUTCOME_ACCEPTED.putIn(Variables.createVariables(), true));
	}

	/** A fictitious citizen, valid by check digit, registered as the complainant. */
	private CitizenRef complainant(String firstDigits, String firstTh, String lastTh, String firstEn, String lastEn,
			String phone) {
		NationalId id = NationalId.completing(firstDigits);
		return this.citizens
			.register(new Citizen(null, id, new Citizen.Name(firstTh, lastTh), new Citizen.Name(firstEn, lastEn),
					LocalDate.of(1960, 4, 13),
					new Citizen.Address("99 ถนนราชดำเนิน", "บวรนิเวศ", "พระนคร", "กรุงเทพมหานคร", "10200"),
					new Citizen.Contact(phone, null, "SMS", "th")))
			.ref();
	}

	private String receive(CitizenRef complainant, Channel channel, Category category, String subject, String location,
			Province province) {
		VariableMap variables = Variables.createVariables();
		variables.putValue(CitizenRef.PROCESS_VARIABLE, complainant.value());
		CHANNEL.putIn(variables, channel);
		CATEGORY.putIn(variables, category);
		SUBJECT.putIn(variables, subject);
		LOCATION.putIn(variables, location);
		if (province != null) {
			PROVINCE.putIn(variables, province);
		}
		DETAILS.putIn(variables, "เรื่องตัวอย่างสำหรับการสาธิต / Sample complaint for the demo");
		return this.runtime.startProcessInstanceByKey(ComplaintProcess.KEY, variables).getId();
	}

	private void forwardToMunicipality(String complaint) {
		VariableMap variables = TRIAGE_DECISION.putIn(Variables.createVariables(), TriageDecision.FORWARD);
		completeCurrentStep(complaint, RESPONSIBLE_AGENCY.putIn(variables, "municipality"));
	}

	private void handle(String complaint) {
		VariableMap variables = HANDLING_RESULT.putIn(Variables.createVariables(), HandlingResult.DONE);
		ACTION_TAKEN.putIn(variables, "ส่งทีมงานแก้ไขแล้ว / A crew fixed it");
		completeCurrentStep(complaint, EVIDENCE_REF.putIn(variables, "ภาพถ่าย / photo DEMO-0001"));
	}

	private void completeCurrentStep(String complaint, VariableMap variables) {
		String task = this.tasks.createTaskQuery().processInstanceId(complaint).singleResult().getId();
		this.tasks.complete(task, variables);
	}

}
