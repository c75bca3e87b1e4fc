package org.cirm.servicerequest.internal.elderly;

import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.AGE_AT_FISCAL_YEAR_START;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.ALIVE;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.ELIGIBILITY;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.ELIGIBILITY_REASON;
import static org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.RECEIVES_PENSION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.cirm.servicerequest.internal.DeployedDecisions;
import org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess.Eligibility;
import org.springframework.stereotype.Component;

/** Task_DecideEligibility: the eligibility table, from what the two agencies answered. */
@Component
class DecideEligibilityDelegate implements JavaDelegate {

	private final DeployedDecisions decisions;

	DecideEligibilityDelegate(DeployedDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void execute(DelegateExecution application) {
		var facts = Variables.createVariables()
			.putValue("alive", ALIVE.from(application))
			.putValue("age", AGE_AT_FISCAL_YEAR_START.from(application))
			.putValue("receivesGovernmentPension", RECEIVES_PENSION.from(application));
		var decision = this.decisions.evaluate(application, ElderlyAllowanceProcess.ELIGIBILITY_DECISION, facts);
		ELIGIBILITY.set(application, Eligibility.valueOf((String) decision.get("eligibility")));
		ELIGIBILITY_REASON.set(application, (String) decision.get("reason"));
	}

}
