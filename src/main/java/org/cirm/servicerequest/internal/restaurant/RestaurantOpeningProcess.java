package org.cirm.servicerequest.internal.restaurant;

import static org.cirm.platform.ProcessVariable.code;
import static org.cirm.platform.ProcessVariable.date;
import static org.cirm.platform.ProcessVariable.flag;
import static org.cirm.platform.ProcessVariable.number;
import static org.cirm.platform.ProcessVariable.text;

import java.util.Date;

import org.cirm.citizen.CitizenRef;
import org.cirm.platform.ProcessVariable;

/**
 * The one-stop restaurant opening as
 * {@code processes/restaurant-opening/restaurant-opening.bpmn} declares it: one
 * application, four agencies side by side, one fee, one combined result.
 */
public final class RestaurantOpeningProcess {

	public static final String KEY = "RestaurantOpeningProcess";

	public static final String MUNICIPALITY = "municipality";

	/** The fee the manual states ({@code service.fee} = 500 baht), in satang. */
	public static final long FEE_SATANG = 50_000;

	public enum Completeness {

		COMPLETE,
		/**
		 * Something is missing: asked for once, in writing (Licensing Facilitation Act
		 * section 8).
		 */
		MISSING_DOCUMENTS,
		/** Still incomplete after the one request: not accepted. */
		REJECTED

	}

	public enum InspectionResult {

		PASSED, FAILED

	}

	public static final ProcessVariable<String> CITIZEN = text(CitizenRef.PROCESS_VARIABLE);

	public static final ProcessVariable<String> BUSINESS_NAME_TH = text("businessNameTh");

	public static final ProcessVariable<String> BUSINESS_NAME_EN = text("businessNameEn");

	public static final ProcessVariable<String> PROVINCE = text("province");

	public static final ProcessVariable<String> DISTRICT = text("district");

	public static final ProcessVariable<Long> FLOOR_AREA = number("floorAreaSquareMetres");

	public static final ProcessVariable<Long> EMPLOYEES = number("employees");

	public static final ProcessVariable<Long> EXPECTED_TURNOVER = number("expectedAnnualTurnoverBaht");

	public static final ProcessVariable<Completeness> COMPLETENESS = code("completeness", Completeness.class);

	public static final ProcessVariable<String> MISSING_DOCUMENTS = text("missingDocuments");

	/** Set once the missing documents were requested: they may not be requested again. */
	public static final ProcessVariable<Boolean> DOCUMENTS_REQUESTED = flag("documentsRequested");

	public static final ProcessVariable<Date> DOCUMENTS_REQUESTED_AT = date("documentsRequestedAt");

	/**
	 * The counter confirms the applicant brought every document asked for (the form
	 * requires it to record their arrival).
	 */
	public static final ProcessVariable<Boolean> DOCUMENTS_RECEIVED = flag("documentsReceived");

	public static final ProcessVariable<String> BUSINESS_REGISTRATION_NUMBER = text("businessRegistrationNumber");

	public static final ProcessVariable<String> VAT_NUMBER = text("vatNumber");

	public static final ProcessVariable<String> EMPLOYER_ACCOUNT = text("employerAccountNumber");

	/** The inspection day as the form's date field gives it (ISO, e.g. 2026-12-01). */
	public static final ProcessVariable<String> INSPECTION_DATE = text("inspectionDate");

	public static final ProcessVariable<InspectionResult> INSPECTION_RESULT = code("inspectionResult",
			InspectionResult.class);

	public static final ProcessVariable<String> INSPECTION_NOTE = text("inspectionNote");

	public static final ProcessVariable<String> PERMIT_APPLICATION_NUMBER = text("permitApplicationNumber");

	public static final ProcessVariable<String> PERMIT_DECISION = text("permitDecision");

	public static final ProcessVariable<String> PERMIT_NUMBER = text("permitNumber");

	public static final ProcessVariable<String> PAYMENT_REFERENCE = text("paymentReference");

	public static final ProcessVariable<String> PAYMENT_STATUS = text("paymentStatus");

	public static final ProcessVariable<String> PAYMENT_RECEIPT = text("paymentReceipt");

	private RestaurantOpeningProcess() {
	}

}
