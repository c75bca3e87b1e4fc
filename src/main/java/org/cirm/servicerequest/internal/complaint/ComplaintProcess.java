package org.cirm.servicerequest.internal.complaint;

import static org.cirm.platform.ProcessVariable.code;
import static org.cirm.platform.ProcessVariable.flag;
import static org.cirm.platform.ProcessVariable.text;

import org.cirm.platform.ProcessVariable;
import org.cirm.servicerequest.Satisfaction;

/**
 * The complaint service (ร้องเรียน/ร้องทุกข์) as the model
 * {@code processes/complaint/complaint.bpmn} declares it: its key, its variables and
 * their codes. Form field keys are these variable names.
 */
public final class ComplaintProcess {

	public static final String KEY = "ComplaintProcess";

	public static final String COMPLAINT_CENTRE = "complaint-centre";

	/** The routing table deployed with the model ({@code complaint-routing.dmn}). */
	public static final String ROUTING_DECISION = "ComplaintRouting";

	/**
	 * The citizen disputes the close within the window: the case reopens at the agency.
	 */
	public static final String DISPUTED = "complaint.disputed";

	/** The citizen's satisfaction rating ({@link #SATISFACTION}). */
	public static final String RATED = "complaint.rated";

	public enum Channel {

		COUNTER, HOTLINE, WEB

	}

	public enum Category {

		ROAD_AND_TRAFFIC, PUBLIC_NUISANCE, ENVIRONMENT, PUBLIC_SERVICE, OFFICER_CONDUCT, OTHER

	}

	/**
	 * The provinces the start form offers; the routing table tells Bangkok from the rest.
	 */
	public enum Province {

		BANGKOK, NONTHABURI, PATHUM_THANI, CHONBURI, CHIANG_MAI, KHON_KAEN, NAKHON_RATCHASIMA, UDON_THANI, PHUKET,
		SONGKHLA, OTHER

	}

	/** What the routing table decided: an agency at once, or triage by the centre. */
	public enum Routing {

		AGENCY, TRIAGE

	}

	public enum TriageDecision {

		FORWARD, ANSWERED, REJECTED

	}

	public enum HandlingResult {

		/** Resolved, with a record of the action and its evidence. */
		DONE,
		/** Another agency is responsible, and the agency names it. */
		TRANSFER,
		/** Not this agency's, and it does not know whose: back to the centre. */
		NOT_RESPONSIBLE

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

	public static final ProcessVariable<Province> PROVINCE = code("province", Province.class);

	public static final ProcessVariable<Routing> ROUTING = code("routing", Routing.class);

	public static final ProcessVariable<String> DETAILS = text("details");

	public static final ProcessVariable<TriageDecision> TRIAGE_DECISION = code("triageDecision", TriageDecision.class);

	public static final ProcessVariable<String> RESPONSIBLE_AGENCY = text("responsibleAgency");

	public static final ProcessVariable<String> TRIAGE_NOTE = text("triageNote");

	public static final ProcessVariable<HandlingResult> HANDLING_RESULT = code("handlingResult", HandlingResult.class);

	public static final ProcessVariable<String> ACTION_TAKEN = text("actionTaken");

	/**
	 * A reference to the photo or document that shows the outcome (e.g. a document
	 * number).
	 */
	public static final ProcessVariable<String> EVIDENCE_REF = text("evidenceRef");

	/** The agency the handling agency transfers the complaint to. */
	public static final ProcessVariable<String> TRANSFER_TO = text("transferTo");

	/** The citizen's satisfaction, 1 (very dissatisfied) to 5 (very satisfied). */
	public static final ProcessVariable<Long> SATISFACTION = Satisfaction.RATING;

	public static final ProcessVariable<Boolean> OUTCOME_ACCEPTED = flag("outcomeAccepted");

	public static final ProcessVariable<String> REVIEW_NOTE = text("reviewNote");

	private ComplaintProcess() {
	}

}
