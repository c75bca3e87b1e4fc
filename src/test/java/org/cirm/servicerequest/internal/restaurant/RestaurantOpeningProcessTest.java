package org.cirm.servicerequest.internal.restaurant;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_EN;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_TH;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_REGISTRATION_NUMBER;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.COMPLETENESS;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.DOCUMENTS_RECEIVED;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.EMPLOYER_ACCOUNT;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.INSPECTION_DATE;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.INSPECTION_NOTE;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.INSPECTION_RESULT;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.MISSING_DOCUMENTS;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.PAYMENT_REFERENCE;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.PERMIT_APPLICATION_NUMBER;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.VAT_NUMBER;

import java.util.List;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cirm.agency.AgencyAnswer;
import org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.Completeness;
import org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.InspectionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the restaurant opening: section 8's one request for missing documents, a
 * taken name, the agencies' "no" that needs no registration, a failed inspection, a
 * refused permit. The agencies' answers are set by stand-ins for the agency steps (their
 * connectors are tested over HTTP); callbacks arrive as the callback endpoint delivers
 * them.
 */
@Deployment(resources = { "processes/restaurant-opening/restaurant-opening.bpmn",
		"forms/restaurant-opening/restaurant-start.form", "forms/restaurant-opening/restaurant-completeness.form",
		"forms/restaurant-opening/restaurant-new-name.form", "forms/restaurant-opening/restaurant-inspection.form",
		"forms/restaurant-opening/restaurant-handover.form" })
class RestaurantOpeningProcessTest {

	/** Every path below together must pass at least 90% of the model's flow nodes. */
	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	@BeforeEach
	void registerStandIns() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("checkRestaurantApplicationListener", (ExecutionListener) application -> {
		});
		Mocks.register("checkCompletenessListener", new CheckCompletenessListener());
		Mocks.register("checkNewNameListener", new CheckNewNameListener());
		Mocks.register("checkInspectionListener", new CheckInspectionListener());
		Mocks.register("requestMissingDocumentsDelegate", new RequestMissingDocumentsDelegate());
		Mocks.register("registerBusinessDelegate",
				(JavaDelegate) application -> BUSINESS_REGISTRATION_NUMBER.set(application, "0105569000042"));
		Mocks.register("registerForVatDelegate",
				(JavaDelegate) application -> VAT_NUMBER.set(application, "0105569000042"));
		Mocks.register("registerEmployerDelegate",
				(JavaDelegate) application -> EMPLOYER_ACCOUNT.set(application, "10-00000042"));
		Mocks.register("applyForFoodPermitDelegate",
				(JavaDelegate) application -> PERMIT_APPLICATION_NUMBER.set(application, "FP-000042"));
		Mocks.register("openFeePaymentDelegate",
				(JavaDelegate) application -> PAYMENT_REFERENCE.set(application, "PAY-0000000042"));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void oneApplicationReachesEveryAgencyAndEndsInOneCombinedResult() {
		ProcessInstance application = accepted();
		runAgencySteps(application);
		inspect(application, InspectionResult.PASSED);
		runAgencySteps(application);
		answer(application, "municipality.food-permit-decided", "GRANTED", "PERMIT-2569-0042");
		runAgencySteps(application);
		answer(application, "payment.payment-settled", "PAID", "RECEIPT-0042");

		assertThat(application).isWaitingAt("Task_HandOverResult").task().hasCandidateGroup("agency-municipality");
		complete(task(application));
		assertThat(application).isEnded()
			.hasPassed("Task_RegisterBusiness", "Task_RegisterForVat", "Task_RegisterEmployer", "Task_InspectPremises",
					"Task_ApplyForFoodPermit", "Event_PermitDecided", "Event_FeePaid", "Event_RestaurantOpened")
			.variables()
			.containsEntry("permitNumber", "PERMIT-2569-0042")
			.containsEntry("paymentStatus", "PAID")
			.containsEntry(VAT_NUMBER.name(), "0105569000042");
	}

	@Test
	void missingDocumentsAreRequestedOnceInWritingAndTheApplicationContinuesWhenTheyArrive() {
		ProcessInstance application = apply();
		complete(task(application), missing("Plan of the premises"));

		assertThat(application).hasPassed("Task_RequestDocuments")
			.isWaitingAt("Task_ReceiveDocuments")
			.task()
			.hasCandidateGroup("agency-municipality");
		complete(task(application), documentsReceived());
		assertThatThrownBy(() -> complete(task(application), missing("Photos")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("may be requested only once");
		complete(task(application), COMPLETENESS.putIn(Variables.createVariables(), Completeness.COMPLETE));

		assertThat(application).isWaitingAt("Task_RegisterBusiness", "Task_InspectPremises");
	}

	@Test
	void anApplicantWhoDoesNotSendTheDocumentsWithin30DaysLetsTheApplicationLapse() {
		ProcessInstance application = apply();
		complete(task(application), missing("Plan of the premises"));

		assertThat(application).isWaitingAt("Task_ReceiveDocuments");
		execute(job(application));

		assertThat(application).isEnded().hasPassed("Event_DocumentsOverdue", "Event_ApplicationLapsed");
	}

	@Test
	void stillIncompleteAfterTheOneRequestIsNotAcceptedButNeverBeforeIt() {
		ProcessInstance application = apply();
		VariableMap reject = MISSING_DOCUMENTS
			.putIn(COMPLETENESS.putIn(Variables.createVariables(), Completeness.REJECTED), "Plan of the premises");
		assertThatThrownBy(() -> complete(task(application), reject)).isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Request the missing documents before rejecting");

		complete(task(application), missing("Plan of the premises"));
		complete(task(application), documentsReceived());
		complete(task(application), reject);

		assertThat(application).isEnded().hasPassed("Event_ApplicationRejected").hasNotPassed("Gateway_FanOut");
	}

	@Test
	void aTakenNameIsReplacedAtTheCounterAndRegisteredWithoutStartingOver() {
		Mocks.register("registerBusinessDelegate", (JavaDelegate) application -> {
			if ("ครัวคุณยาย".equals(BUSINESS_NAME_TH.from(application))) {
				throw new BpmnError("NAME_TAKEN", "DBD answered NAME_TAKEN");
			}
			BUSINESS_REGISTRATION_NUMBER.set(application, "0105569000077");
		});
		ProcessInstance application = accepted();
		runAgencySteps(application);

		assertThat(application).isWaitingAt("Task_ChooseAnotherName", "Task_InspectPremises");
		var newName = BUSINESS_NAME_EN.putIn(BUSINESS_NAME_TH.putIn(Variables.createVariables(), "ครัวสมชาย"),
				"Somchai Kitchen");
		complete(taskAt(application, "Task_ChooseAnotherName"), newName);
		runAgencySteps(application);

		assertThat(application).variables().containsEntry(BUSINESS_REGISTRATION_NUMBER.name(), "0105569000077");
		assertThat(application).hasPassed("Task_RegisterForVat", "Task_RegisterEmployer");
	}

	@Test
	void aBusinessAlreadyVatRegisteredOrWithoutEmployeesNeedsNoSuchRegistration() {
		Mocks.register("registerForVatDelegate", (JavaDelegate) application -> {
			throw new BpmnError("ALREADY_REGISTERED");
		});
		Mocks.register("registerEmployerDelegate", (JavaDelegate) application -> {
			throw new BpmnError("NO_EMPLOYEES");
		});
		ProcessInstance application = accepted();
		runAgencySteps(application);

		assertThat(application).hasPassed("BoundaryEvent_AlreadyVatRegistered", "BoundaryEvent_NoEmployees",
				"Gateway_RegistrationsDone");
	}

	@Test
	void aFailedInspectionEndsTheApplicationWithTheReason() {
		ProcessInstance application = accepted();
		runAgencySteps(application);

		assertThatThrownBy(() -> inspect(application, InspectionResult.FAILED))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Say what failed");
		var failed = INSPECTION_NOTE.putIn(inspection(InspectionResult.FAILED), "No grease trap");
		complete(taskAt(application, "Task_InspectPremises"), failed);

		assertThat(application).isEnded().hasPassed("Event_InspectionFailed").hasNotPassed("Task_OpenFeePayment");
	}

	@Test
	void aRefusedPermitEndsTheApplication() {
		ProcessInstance application = accepted();
		runAgencySteps(application);
		inspect(application, InspectionResult.PASSED);
		runAgencySteps(application);

		answer(application, "municipality.food-permit-decided", "REFUSED", "FP-000042", "Kitchen has no grease trap");

		assertThat(application).isEnded().hasPassed("Event_PermitRefused").hasNotPassed("Task_OpenFeePayment");
		// The end event shows the municipality's reason to the applicant.
		assertThat(application).variables().containsEntry("permitRefusalReason", "Kitchen has no grease trap");
	}

	private static ProcessInstance apply() {
		VariableMap application = Variables.createVariables()
			.putValue("citizenRef", "8f2d8e5e-5b7a-4c1e-9a57-3c1d2b9e0a11")
			.putValue(BUSINESS_NAME_TH.name(), "ครัวคุณยาย")
			.putValue(BUSINESS_NAME_EN.name(), "Grandma's Kitchen")
			.putValue("province", "Bangkok")
			.putValue("district", "Phra Nakhon")
			.putValue("floorAreaSquareMetres", 80L)
			.putValue("employees", 4L)
			.putValue("expectedAnnualTurnoverBaht", 2_400_000L);
		ProcessInstance instance = runtimeService().startProcessInstanceByKey(RestaurantOpeningProcess.KEY,
				application);
		assertThat(instance).isWaitingAt("Task_CheckCompleteness");
		return instance;
	}

	private static ProcessInstance accepted() {
		ProcessInstance application = apply();
		complete(task(application), COMPLETENESS.putIn(Variables.createVariables(), Completeness.COMPLETE));
		return application;
	}

	private static VariableMap missing(String documents) {
		return MISSING_DOCUMENTS.putIn(COMPLETENESS.putIn(Variables.createVariables(), Completeness.MISSING_DOCUMENTS),
				documents);
	}

	/** What the counter's form sends when the applicant brought them. */
	private static VariableMap documentsReceived() {
		return DOCUMENTS_RECEIVED.putIn(Variables.createVariables(), true);
	}

	private static VariableMap inspection(InspectionResult result) {
		return INSPECTION_RESULT.putIn(INSPECTION_DATE.putIn(Variables.createVariables(), "2026-12-01"), result);
	}

	private static void inspect(ProcessInstance application, InspectionResult result) {
		complete(taskAt(application, "Task_InspectPremises"), inspection(result));
	}

	private static org.camunda.bpm.engine.task.Task taskAt(ProcessInstance application, String step) {
		return BpmnAwareTests.taskService()
			.createTaskQuery()
			.processInstanceId(application.getId())
			.taskDefinitionKey(step)
			.singleResult();
	}

	/** Runs the agency calls that wait behind their async boundaries (not the timers). */
	private static void runAgencySteps(ProcessInstance application) {
		List<Job> waiting;
		while (!(waiting = managementService().createJobQuery()
			.processInstanceId(application.getId())
			.messages()
			.list()).isEmpty()) {
			waiting.forEach(step -> execute(step));
		}
	}

	/** An agency's callback, as the callback endpoint delivers it. */
	private static void answer(ProcessInstance application, String message, String outcome, String reference) {
		answer(application, message, outcome, reference, null);
	}

	private static void answer(ProcessInstance application, String message, String outcome, String reference,
			String reason) {
		runtimeService().createMessageCorrelation(message)
			.processInstanceId(application.getId())
			.setVariableLocal(AgencyAnswer.OUTCOME.name(), outcome)
			.setVariableLocal(AgencyAnswer.REFERENCE.name(), reference)
			.setVariableLocal(AgencyAnswer.REASON.name(), reason)
			.correlate();
	}

}
