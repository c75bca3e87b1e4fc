package org.cirm.servicerequest.internal.restaurant;

import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_EN;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.BUSINESS_NAME_TH;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.DISTRICT;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.EMPLOYEES;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.EXPECTED_TURNOVER;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.FLOOR_AREA;
import static org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess.PROVINCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.platform.ProcessVariable;
import org.cirm.servicerequest.internal.ApplicantIds;
import org.springframework.stereotype.Component;

/**
 * Accepts an application only with a registered owner and what every agency will need.
 */
@Component
class CheckRestaurantApplicationListener implements ExecutionListener {

	private final ApplicantIds applicants;

	CheckRestaurantApplicationListener(ApplicantIds applicants) {
		this.applicants = applicants;
	}

	@Override
	public void notify(DelegateExecution application) {
		this.applicants.requireRegistered(application);
		BUSINESS_NAME_TH.requireFrom(application, "ต้องระบุชื่อร้านภาษาไทย / The Thai business name is required");
		BUSINESS_NAME_EN.requireFrom(application, "ต้องระบุชื่อร้านภาษาอังกฤษ / The English business name is required");
		PROVINCE.requireFrom(application, "ต้องระบุจังหวัด / The province is required");
		DISTRICT.requireFrom(application, "ต้องระบุอำเภอ/เขต / The district is required");
		requireAtLeast(application, FLOOR_AREA, 1, "พื้นที่ร้าน (ตารางเมตร) / The floor area (m²)");
		requireAtLeast(application, EMPLOYEES, 0, "จำนวนลูกจ้าง / The number of employees");
		requireAtLeast(application, EXPECTED_TURNOVER, 0, "รายได้ต่อปีที่คาดไว้ / The expected yearly turnover");
	}

	private static void requireAtLeast(DelegateExecution application, ProcessVariable<Long> field, long least,
			String what) {
		long value = field.requireFrom(application, "ต้องระบุ" + what + " / required");
		if (value < least) {
			throw new FormFieldValidationException(field.name(), what + ": อย่างน้อย / at least " + least);
		}
	}

}
