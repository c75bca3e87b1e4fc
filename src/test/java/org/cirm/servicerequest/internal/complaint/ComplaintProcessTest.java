package org.cirm.servicerequest.internal.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTask;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.ACTION_TAKEN;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.CATEGORY;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.CENTRE_CASE_NUMBER;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.CHANNEL;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.DETAILS;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.EVIDENCE_REF;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.HANDLING_RESULT;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.LOCATION;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.OUTCOME_ACCEPTED;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.PROVINCE;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.RESPONSIBLE_AGENCY;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.REVIEW_NOTE;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.SATISFACTION;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.SUBJECT;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.TRANSFER_TO;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.TRIAGE_DECISION;
import static org.cirm.servicerequest.internal.complaint.ComplaintProcess.TRIAGE_NOTE;

import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cirm.agency.Agency;
import org.cirm.agency.AgencyDirectory;
import org.cirm.agency.ComplaintCentre;
import org.cirm.servicerequest.internal.DeployedDecisions;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.Category;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.Channel;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.HandlingResult;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.Province;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess.TriageDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the complaint service, one test each, with time and messages driven by
 * the test.
 */
@Deployment(resources = { "processes/complaint/complaint.bpmn", "processes/complaint/complaint-routing.dmn",
		"forms/complaint/complaint-start.form", "forms/complaint/complaint-triage.form",
		"forms/complaint/complaint-handle.form", "forms/complaint/complaint-review.form" })
class ComplaintProcessTest {

	/** Every path below together must pass at least 90% of the model's flow nodes. */
	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	private static final AgencyDirectory AGENCIES = new AgencyDirectory(
			List.of(new Agency("complaint-centre", "ศูนย์ดำรงธรรม", "Complaint centre"),
					new Agency("municipality", "เทศบาล", "Municipality"), new Agency("dopa", "กรมการปกครอง", "DOPA")));

	@BeforeEach
	void registerDelegatesAndListeners() {
		// The web tests' Spring engine may live in the same JVM: tell the assertions
		// which engine.
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("checkComplaintReceivedListener", new CheckComplaintReceivedListener());
		Mocks.register("routeComplaintDelegate", new RouteComplaintDelegate(
				new ComplaintRouting(new DeployedDecisions(decisionService(), repositoryService()))));
		Mocks.register("checkTriageListener", new CheckTriageListener(AGENCIES));
		Mocks.register("checkHandlingListener", new CheckHandlingListener(AGENCIES));
		Mocks.register("transferComplaintDelegate", new TransferComplaintDelegate());
		Mocks.register("checkReviewListener", new CheckReviewListener());
		Mocks.register("checkRatingListener", new CheckRatingListener());
	}

	@AfterEach
	void resetListeners() {
		Mocks.reset();
	}

	@Test
	void aRoadComplaintWithItsProvinceGoesStraightToTheMunicipality() {
		ProcessInstance complaint = receive(Province.CHIANG_MAI);

		assertThat(complaint).hasPassed("Task_RouteComplaint")
			.hasNotPassed("Task_TriageComplaint")
			.isWaitingAt("Task_HandleComplaint")
			.task()
			.hasCandidateGroup("agency-municipality");
	}

	@Test
	void resolvedReviewedAndClosedAfterTheDisputeWindowAndTheCitizensRating() {
		ProcessInstance complaint = receive(Province.BANGKOK);
		complete(task(complaint), handled(HandlingResult.DONE));
		assertThat(complaint).isWaitingAt("Task_ReviewOutcome").task().hasCandidateGroup("agency-complaint-centre");

		complete(task(complaint), OUTCOME_ACCEPTED.putIn(Variables.createVariables(), true));
		assertThat(complaint).isWaitingAt("Gateway_DisputeWindow", "Task_RecordAtCentre");
		execute(job(complaint));
		runtimeService().createMessageCorrelation(ComplaintProcess.RATED)
			.processInstanceId(complaint.getId())
			.setVariable(SATISFACTION.name(), 5L)
			.correlate();
		recordAtCentre(complaint);

		assertThat(complaint).isEnded()
			.hasPassedInOrder("Task_HandleComplaint", "Task_ReviewOutcome", "Event_DisputeWindowPassed", "Event_Rated",
					"Event_ComplaintClosed")
			.variables()
			.containsEntry(ACTION_TAKEN.name(), "Crew filled the pothole")
			.containsEntry(EVIDENCE_REF.name(), "photo P-0042")
			.containsEntry(SATISFACTION.name(), 5L);
	}

	@Test
	void aRatingOutsideOneToFiveIsRefusedAndTheSurveyStaysOpen() {
		ProcessInstance complaint = closedByTheCentre();
		execute(job(complaint));

		assertThatThrownBy(() -> runtimeService().createMessageCorrelation(ComplaintProcess.RATED)
			.processInstanceId(complaint.getId())
			.setVariable(SATISFACTION.name(), 9L)
			.correlate()).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("from 1 to 5, not 9");
		assertThat(complaint).isWaitingAt("Gateway_Survey");
	}

	@Test
	void aCitizenWhoDoesNotRateWithin30DaysLeavesTheComplaintClosedWithoutARating() {
		ProcessInstance complaint = closedByTheCentre();
		execute(job(complaint));

		execute(job(complaint));
		recordAtCentre(complaint);

		assertThat(complaint).isEnded().hasPassed("Event_SurveyExpired", "Event_ClosedWithoutRating");
	}

	@Test
	void aDisputeWithinTheWindowReopensTheComplaintAtTheAgency() {
		ProcessInstance complaint = closedByTheCentre();

		runtimeService().createMessageCorrelation(ComplaintProcess.DISPUTED)
			.processInstanceId(complaint.getId())
			.correlate();

		assertThat(complaint).isWaitingAt("Task_HandleComplaint").task().hasCandidateGroup("agency-municipality");
		assertThat(complaint).hasPassed("Event_Disputed");
	}

	@Test
	void anAgencyTransfersTheComplaintToTheRightAgencyWithoutStartingOver() {
		ProcessInstance complaint = receive(Province.CHIANG_MAI);

		VariableMap transfer = TRANSFER_TO.putIn(handled(HandlingResult.TRANSFER), "dopa");
		complete(task(complaint), transfer);

		assertThat(complaint).hasPassed("Task_TransferComplaint")
			.isWaitingAt("Task_HandleComplaint")
			.task()
			.hasCandidateGroup("agency-dopa");
		assertThat(complaint).variables().containsEntry(RESPONSIBLE_AGENCY.name(), "dopa");
	}

	@Test
	void refusesATransferToItselfToTheCentreOrToAnUnknownAgency() {
		ProcessInstance complaint = receive(Province.CHIANG_MAI);

		for (String wrong : List.of("municipality", "complaint-centre", "ministry-of-magic")) {
			assertThatThrownBy(
					() -> complete(task(complaint), TRANSFER_TO.putIn(handled(HandlingResult.TRANSFER), wrong)))
				.isInstanceOf(FormFieldValidationException.class)
				.hasMessageContaining("Cannot transfer to '" + wrong + "'");
		}
		assertThat(complaint).isWaitingAt("Task_HandleComplaint");
	}

	@Test
	void refusesToCloseWithoutEvidence() {
		ProcessInstance complaint = receive(Province.CHIANG_MAI);
		VariableMap noEvidence = handled(HandlingResult.DONE);
		noEvidence.remove(EVIDENCE_REF.name());

		assertThatThrownBy(() -> complete(task(complaint), noEvidence)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Give the evidence");
	}

	@Test
	void withoutAProvinceTheCentreTriagesAndForwards() {
		ProcessInstance complaint = receive(null);
		assertThat(complaint).isWaitingAt("Task_TriageComplaint", "Task_RecordAtCentre")
			.task()
			.hasCandidateGroup("agency-complaint-centre");

		complete(task(complaint), forwardTo("municipality"));

		assertThat(complaint).isWaitingAt("Task_HandleComplaint").task().hasCandidateGroup("agency-municipality");
	}

	@Test
	void anAgencyThatDoesNotKnowWhoseItIsReturnsItToTheCentre() {
		ProcessInstance complaint = receive(Province.CHIANG_MAI);

		complete(task(complaint), handled(HandlingResult.NOT_RESPONSIBLE));

		assertThat(complaint).isWaitingAt("Task_TriageComplaint");
		complete(task(complaint), forwardTo("dopa"));
		assertThat(complaint).isWaitingAt("Task_HandleComplaint").task().hasCandidateGroup("agency-dopa");
	}

	@Test
	void sendsBackToTheAgencyWhenTheCentreRejectsTheOutcome() {
		ProcessInstance complaint = receive(Province.CHIANG_MAI);
		complete(task(complaint), handled(HandlingResult.DONE));

		VariableMap sendBack = OUTCOME_ACCEPTED.putIn(Variables.createVariables(), false);
		complete(task(complaint), REVIEW_NOTE.putIn(sendBack, "The pothole is still there"));

		assertThat(complaint).isWaitingAt("Task_HandleComplaint").task().hasCandidateGroup("agency-municipality");
	}

	@Test
	void closesAtTriageWhenTheCentreAnswersAtOnce() {
		ProcessInstance complaint = receive(null);
		complete(task(complaint), closedAtTriage(TriageDecision.ANSWERED, "Explained the road closure schedule"));
		recordAtCentre(complaint);

		assertThat(complaint).isEnded().hasPassed("Event_ComplaintAnswered").hasNotPassed("Task_HandleComplaint");
	}

	@Test
	void closesAtTriageWhenTheCentreRejectsTheComplaint() {
		ProcessInstance complaint = receive(null);
		complete(task(complaint), closedAtTriage(TriageDecision.REJECTED, "Duplicate of an open complaint"));
		recordAtCentre(complaint);

		assertThat(complaint).isEnded().hasPassed("Event_ComplaintRejected");
	}

	@Test
	void theCentresSystemRecordsTheComplaintWhileItIsRouted() {
		ProcessInstance complaint = receive(null);

		assertThat(complaint).isWaitingAt("Task_TriageComplaint", "Task_RecordAtCentre")
			.externalTask()
			.hasTopicName(ComplaintCentre.RECORD_COMPLAINT_TOPIC);
		recordAtCentre(complaint);

		assertThat(complaint).isWaitingAt("Task_TriageComplaint")
			.variables()
			.containsEntry(CENTRE_CASE_NUMBER.name(), "1111-0000042");
	}

	@Test
	void aComplaintAnsweredAtOnceStaysOpenUntilTheCentreHasRecordedIt() {
		ProcessInstance complaint = receive(null);
		complete(task(complaint), closedAtTriage(TriageDecision.ANSWERED, "Explained the road closure schedule"));

		assertThat(complaint).isNotEnded().isWaitingAt("Task_RecordAtCentre");
	}

	@Test
	void refusesAComplaintWithoutDetails() {
		VariableMap variables = complaintVariables(null);
		variables.remove(DETAILS.name());

		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ComplaintProcess.KEY, variables))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("The details are required");
		assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
	}

	@Test
	void refusesAnUnknownProvinceButTakesAnEmptyOneAsNotKnown() {
		VariableMap unknown = complaintVariables(null).putValue(PROVINCE.name(), "ATLANTIS");

		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ComplaintProcess.KEY, unknown))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("'ATLANTIS' is not a valid province");
		ProcessInstance empty = runtimeService().startProcessInstanceByKey(ComplaintProcess.KEY,
				complaintVariables(null).putValue(PROVINCE.name(), ""));
		assertThat(empty).isWaitingAt("Task_TriageComplaint");
	}

	@Test
	void refusesToForwardWithoutAResponsibleAgency() {
		ProcessInstance complaint = receive(null);
		VariableMap noAgency = TRIAGE_DECISION.putIn(Variables.createVariables(), TriageDecision.FORWARD);

		assertThatThrownBy(() -> complete(task(complaint), noAgency)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Choose the responsible agency");
		assertThat(complaint).isWaitingAt("Task_TriageComplaint");
	}

	@Test
	void refusesToForwardToAnUnknownAgency() {
		ProcessInstance complaint = receive(null);

		assertThatThrownBy(() -> complete(task(complaint), forwardTo("ministry-of-magic")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Unknown responsible agency 'ministry-of-magic'");
	}

	@Test
	void refusesToSendBackWithoutAReason() {
		ProcessInstance complaint = receive(Province.CHIANG_MAI);
		complete(task(complaint), handled(HandlingResult.DONE));

		assertThatThrownBy(() -> complete(task(complaint), OUTCOME_ACCEPTED.putIn(Variables.createVariables(), false)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Give the reason for sending it back");
	}

	private static ProcessInstance closedByTheCentre() {
		ProcessInstance complaint = receive(Province.CHIANG_MAI);
		complete(task(complaint), handled(HandlingResult.DONE));
		complete(task(complaint), OUTCOME_ACCEPTED.putIn(Variables.createVariables(), true));
		return complaint;
	}

	private static void recordAtCentre(ProcessInstance complaint) {
		complete(externalTask(complaint), CENTRE_CASE_NUMBER.putIn(Variables.createVariables(), "1111-0000042"));
	}

	private static ProcessInstance receive(Province province) {
		return runtimeService().startProcessInstanceByKey(ComplaintProcess.KEY, "complaint-test",
				complaintVariables(province));
	}

	private static VariableMap complaintVariables(Province province) {
		VariableMap variables = Variables.createVariables();
		CHANNEL.putIn(variables, Channel.HOTLINE);
		CATEGORY.putIn(variables, Category.ROAD_AND_TRAFFIC);
		SUBJECT.putIn(variables, "Deep pothole");
		LOCATION.putIn(variables, "Municipal road 3");
		if (province != null) {
			PROVINCE.putIn(variables, province);
		}
		return DETAILS.putIn(variables, "A pothole half a metre deep in front of the market");
	}

	private static VariableMap forwardTo(String agency) {
		VariableMap variables = TRIAGE_DECISION.putIn(Variables.createVariables(), TriageDecision.FORWARD);
		return RESPONSIBLE_AGENCY.putIn(variables, agency);
	}

	private static VariableMap closedAtTriage(TriageDecision decision, String note) {
		return TRIAGE_NOTE.putIn(TRIAGE_DECISION.putIn(Variables.createVariables(), decision), note);
	}

	private static VariableMap handled(HandlingResult result) {
		VariableMap variables = ACTION_TAKEN.putIn(HANDLING_RESULT.putIn(Variables.createVariables(), result),
				"Crew filled the pothole");
		return EVIDENCE_REF.putIn(variables, "photo P-0042");
	}

}
