package org.cirm.servicerequest.internal.elderly;

import static org.cirm.platform.ProcessVariable.code;
import static org.cirm.platform.ProcessVariable.flag;
import static org.cirm.platform.ProcessVariable.number;
import static org.cirm.platform.ProcessVariable.text;

import org.cirm.agency.LocalAdministration.PaymentMethod;
import org.cirm.citizen.CitizenRef;
import org.cirm.platform.ProcessVariable;

/**
 * The elderly allowance registration (เบี้ยยังชีพผู้สูงอายุ) as
 * {@code processes/elderly-allowance/elderly-allowance.bpmn} declares it. The applicant
 * is a citizen reference; the national ID is read from the citizen registry only when an
 * agency must be asked.
 */
public final class ElderlyAllowanceProcess {

	public static final String KEY = "ElderlyAllowanceProcess";

	public static final String MUNICIPALITY = "municipality";

	/**
	 * The eligibility table deployed with the model
	 * ({@code elderly-allowance-eligibility.dmn}).
	 */
	public static final String ELIGIBILITY_DECISION = "ElderlyAllowanceEligibility";

	public enum Eligibility {

		ELIGIBLE, TOO_YOUNG, DECEASED, RECEIVES_GOVERNMENT_PENSION

	}

	public enum MunicipalityDecision {

		APPROVED, REJECTED

	}

	public static final ProcessVariable<String> CITIZEN = text(CitizenRef.PROCESS_VARIABLE);

	public static final ProcessVariable<PaymentMethod> PAYMENT_METHOD = code("paymentMethod", PaymentMethod.class);

	/**
	 * The Thai fiscal year (Buddhist Era) of the first payment: the one after the
	 * application.
	 */
	public static final ProcessVariable<Long> FISCAL_YEAR = number("fiscalYear");

	/** The applicant's age on 1 October, the first day of that fiscal year. */
	public static final ProcessVariable<Long> AGE_AT_FISCAL_YEAR_START = number("ageAtFiscalYearStart");

	public static final ProcessVariable<Boolean> ALIVE = flag("alive");

	public static final ProcessVariable<Boolean> RECEIVES_PENSION = flag("receivesGovernmentPension");

	public static final ProcessVariable<Eligibility> ELIGIBILITY = code("eligibility", Eligibility.class);

	/**
	 * The rules' reason, "ไทย / English", as the applicant is told it (blank when
	 * eligible).
	 */
	public static final ProcessVariable<String> ELIGIBILITY_REASON = text("eligibilityReason");

	public static final ProcessVariable<MunicipalityDecision> MUNICIPALITY_DECISION = code("municipalityDecision",
			MunicipalityDecision.class);

	public static final ProcessVariable<String> DECISION_NOTE = text("decisionNote");

	/** The municipality's number for the registered allowance. */
	public static final ProcessVariable<String> ALLOWANCE_NUMBER = text("allowanceNumber");

	private ElderlyAllowanceProcess() {
	}

}
