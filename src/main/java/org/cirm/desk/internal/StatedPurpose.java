package org.cirm.desk.internal;

import java.util.Arrays;

import org.cirm.audit.Purpose;

/**
 * The purpose an officer states for reading citizen data; without one, nothing is read.
 */
final class StatedPurpose {

	private StatedPurpose() {
	}

	/**
	 * @throws IllegalArgumentException with a Thai and English message when none or an
	 * unknown one is stated
	 */
	static Purpose of(String stated) {
		if (stated == null || stated.isBlank()) {
			throw new IllegalArgumentException(
					"ต้องระบุวัตถุประสงค์ในการดูข้อมูล / State the purpose of this read, one of "
							+ Arrays.toString(Purpose.values()));
		}
		try {
			return Purpose.valueOf(stated);
		}
		catch (IllegalArgumentException unknown) {
			throw new IllegalArgumentException(
					"ไม่รู้จักวัตถุประสงค์นี้ / Unknown purpose; use one of " + Arrays.toString(Purpose.values()));
		}
	}

}
