package org.cirm.servicerequest.internal.elderly;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.AGE_AT_FISCAL_YEAR_START;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.ALIVE;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.ALLOWANCE_NUMBER;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.CITIZEN;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.DECISION_NOTE;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.ELIGIBILITY;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.MUNICIPALITY_DECISION;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.PAYMENT_METHOD;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.RECEIVES_PENSION;

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
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.cirm.agency.LocalAdministration.PaymentMethod;
import org.cirm.servicerequest.internal.DeployedDecisions;
import org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.Eligibility;
import org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.MunicipalityDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the elderly allowance service. The agencies' answers are set by stand-ins
 * for the three agency steps (their real delegates run against agencies over HTTP in
 * ElderlyAllowanceOnPostgresIT); the eligibility table is the real one.
 */
@Deployment(resources = { "processes/elderly-allowance/elderly-allowance.bpmn",
		"processes/elderly-allowance/elderly-allowance-eligibility.dmn",
		"forms/elderly-allowance/elderly-allowance-start.form",
		"forms/elderly-allowance/elderly-allowance-review.form" })
class ElderlyAllowanceProcessTest {

	/** Every path below together must pass at least 90% of the model's flow nodes. */
	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
		.builder("process-test.camunda.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	private static final String APPLICANT = "8f2d8e5e-5b7a-4c1e-9a57-3c1d2b9e0a11";

	@BeforeEach
	void registerStandIns() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("checkApplicationListener", (ExecutionListener) application -> {
			CITIZEN.requireFrom(application, "Give the applicant's reference");
			PAYMENT_METHOD.requireFrom(application, "Choose how the allowance is paid");
		});
		Mocks.register("decideEligibilityDelegate",
				new DecideEligibilityDelegate(new DeployedDecisions(decisionService(), repositoryService())));
		Mocks.register("checkAllowanceReviewListener", new CheckReviewListener());
		Mocks.register("setUpPaymentDelegate",
				(JavaDelegate) application -> ALLOWANCE_NUMBER.set(application, "EA-00000042"));
		civilRegistryAnswers(true, 66);
		pensionRegisterAnswers(false);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	@Test
	void anEligibleApplicantIsApprovedAndRegisteredForPayment() {
		ProcessInstance application = apply();
		askBothAgencies(application);

		assertThat(application).isWaitingAt("Task_ReviewApplication").task().hasCandidateGroup("agency-municipality");
		complete(task(application),
				MUNICIPALITY_DECISION.putIn(Variables.createVariables(), MunicipalityDecision.APPROVED));
		execute(job(application));

		assertThat(application).isEnded()
			.hasPassedInOrder("Task_DecideEligibility", "Task_ReviewApplication", "Task_SetUpPayment",
					"Event_AllowanceRegistered")
			.variables()
			.containsEntry(ELIGIBILITY.name(), "ELIGIBLE")
			.containsEntry(ALLOWANCE_NUMBER.name(), "EA-00000042");
	}

	@Test
	void anApplicantUnder60OnTheFirstDayOfThePayingFiscalYearIsNotEligible() {
		civilRegistryAnswers(true, 59);
		ProcessInstance application = apply();
		askBothAgencies(application);

		assertThat(application).isEnded()
			.hasPassed("Event_NotEligible")
			.hasNotPassed("Task_ReviewApplication")
			.variables()
			.containsEntry(ELIGIBILITY.name(), Eligibility.TOO_YOUNG.name());
	}

	@Test
	void aGovernmentPensionerIsNotEligible() {
		pensionRegisterAnswers(true);
		ProcessInstance application = apply();
		askBothAgencies(application);

		assertThat(application).isEnded()
			.variables()
			.containsEntry(ELIGIBILITY.name(), Eligibility.RECEIVES_GOVERNMENT_PENSION.name());
	}

	@Test
	void aPersonTheRegistryRecordsAsDeceasedIsNotEligible() {
		civilRegistryAnswers(false, 80);
		ProcessInstance application = apply();
		askBothAgencies(application);

		assertThat(application).isEnded().variables().containsEntry(ELIGIBILITY.name(), Eligibility.DECEASED.name());
	}

	@Test
	void aPersonTheCivilRegistryDoesNotKnowEndsTheApplication() {
		Mocks.register("checkCivilRegistryDelegate", (JavaDelegate) application -> {
			throw new BpmnError("NOT_FOUND", "DOPA answered NOT_FOUND");
		});
		ProcessInstance application = apply();
		askBothAgencies(application);

		assertThat(application).isEnded().hasPassed("Event_NotInCivilRegistry").hasNotPassed("Task_DecideEligibility");
	}

	@Test
	void theMunicipalityRejectsWithAReason() {
		ProcessInstance application = apply();
		askBothAgencies(application);

		assertThatThrownBy(() -> complete(task(application),
				MUNICIPALITY_DECISION.putIn(Variables.createVariables(), MunicipalityDecision.REJECTED)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Give the reason for rejecting");
		complete(task(application),
				DECISION_NOTE.putIn(
						MUNICIPALITY_DECISION.putIn(Variables.createVariables(), MunicipalityDecision.REJECTED),
						"Lives outside the municipality"));

		assertThat(application).isEnded().hasPassed("Event_Rejected").hasNotPassed("Task_SetUpPayment");
	}

	@Test
	void anApplicationWithoutAPaymentMethodIsRefused() {
		assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ElderlyAllowanceProcess.KEY,
				CITIZEN.putIn(Variables.createVariables(), APPLICANT)))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("Choose how the allowance is paid");
	}

	private static ProcessInstance apply() {
		var variables = CITIZEN.putIn(Variables.createVariables(), APPLICANT);
		return runtimeService().startProcessInstanceByKey(ElderlyAllowanceProcess.KEY,
				PAYMENT_METHOD.putIn(variables, PaymentMethod.BANK_TRANSFER));
	}

	/** Runs the two agency steps, which wait behind their async boundaries. */
	private static void askBothAgencies(ProcessInstance application) {
		assertThat(application).isWaitingAt("Task_CheckCivilRegistry", "Task_CheckPension");
		for (String step : List.of("Task_CheckCivilRegistry", "Task_CheckPension")) {
			Job waiting = BpmnAwareTests.managementService()
				.createJobQuery()
				.processInstanceId(application.getId())
				.activityId(step)
				.singleResult();
			if (waiting != null) {
				execute(waiting);
			}
		}
	}

	private static void civilRegistryAnswers(boolean alive, long age) {
		Mocks.register("checkCivilRegistryDelegate", (JavaDelegate) application -> {
			ALIVE.set(application, alive);
			AGE_AT_FISCAL_YEAR_START.set(application, age);
			ElderlyAllowanceProcess.FISCAL_YEAR.set(application, 2571L);
		});
	}

	private static void pensionRegisterAnswers(boolean pensioner) {
		Mocks.register("checkPensionDelegate",
				(JavaDelegate) application -> RECEIVES_PENSION.set(application, pensioner));
	}

}
