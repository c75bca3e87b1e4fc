package org.cirm.desk.internal;

import java.util.Arrays;

import org.cirm.audit.Purpose;
import org.cirm.platform.Texts;

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
					Texts.of("desk.purpose.required", Arrays.toString(Purpose.values())).toString());
		}
		try {
			return Purpose.valueOf(stated);
		}
		catch (IllegalArgumentException unknown) {
			throw new IllegalArgumentException(
					Texts.of("desk.purpose.unknown", Arrays.toString(Purpose.values())).toString());
		}
	}

}
