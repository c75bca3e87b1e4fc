package org.cirm.servicerequest.internal.complaint;

import static org.cirm.platform.ProcessVariable.code;
import static org.cirm.platform.ProcessVariable.flag;
import static org.cirm.platform.ProcessVariable.text;

import org.cirm.platform.ProcessVariable;

/**
 * The complaint service (ร้องเรียน/ร้องทุกข์) as the model
 * {@code processes/complaint/complaint.bpmn} declares it: its key, its variables and
 * their codes. Form field keys are these variable names.
 */
public final class ComplaintProcess {

	public static final String KEY = "ComplaintProcess";

	public static final String COMPLAINT_CENTRE = "complaint-centre";

	public enum Channel {

		COUNTER, HOTLINE, WEB

	}

	public enum Category {

		ROAD_AND_TRAFFIC, PUBLIC_NUISANCE, ENVIRONMENT, PUBLIC_SERVICE, OFFICER_CONDUCT, OTHER

	}

	public enum TriageDecision {

		FORWARD, ANSWERED, REJECTED

	}

	public enum HandlingResult {

		DONE, NOT_RESPONSIBLE

	}

	public static final ProcessVariable<Channel> CHANNEL = code("channel", Channel.class);

	public static final ProcessVariable<Category> CATEGORY = code("category", Category.class);

	public static final ProcessVariable<String> SUBJECT = text("subject");

	/**
	 * The case number the Damrongdhama centre's system gives when it records the
	 * complaint.
	 */
	public static final ProcessVariable<String> CENTRE_CASE_NUMBER = text("centreCaseNumber");

	public static final ProcessVariable<String> LOCATION = text("location");

	public static final ProcessVariable<String> DETAILS = text("details");

	public static final ProcessVariable<TriageDecision> TRIAGE_DECISION = code("triageDecision", TriageDecision.class);

	public static final ProcessVariable<String> RESPONSIBLE_AGENCY = text("responsibleAgency");

	public static final ProcessVariable<String> TRIAGE_NOTE = text("triageNote");

	public static final ProcessVariable<HandlingResult> HANDLING_RESULT = code("handlingResult", HandlingResult.class);

	public static final ProcessVariable<String> ACTION_TAKEN = text("actionTaken");

	public static final ProcessVariable<Boolean> OUTCOME_ACCEPTED = flag("outcomeAccepted");

	public static final ProcessVariable<String> REVIEW_NOTE = text("reviewNote");

	private ComplaintProcess() {
	}

}
