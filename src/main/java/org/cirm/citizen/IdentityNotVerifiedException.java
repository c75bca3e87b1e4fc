package org.cirm.citizen;

/**
 * The civil registry does not confirm the person the officer entered. Never accepted
 * silently: the officer sees what did not match, in Thai and English, and nothing is
 * registered.
 */
public class IdentityNotVerifiedException extends RuntimeException {

	/** What the civil registry said. */
	public enum Reason {

		NOT_FOUND("ไม่พบเลขประจำตัวประชาชนนี้ในทะเบียนราษฎร", "The civil registry has no person with this national ID"),
		DECEASED("ทะเบียนราษฎรระบุว่าบุคคลนี้เสียชีวิตแล้ว", "The civil registry records this person as deceased"),
		NAME_MISMATCH("ชื่อหรือนามสกุลไม่ตรงกับทะเบียนราษฎร", "The name does not match the civil registry"),
		BIRTH_DATE_MISMATCH("วันเกิดไม่ตรงกับทะเบียนราษฎร", "The birth date does not match the civil registry");

		private final String thai;

		private final String english;

		Reason(String thai, String english) {
			this.thai = thai;
			this.english = english;
		}

	}

	private final Reason reason;

	IdentityNotVerifiedException(Reason reason) {
		super(reason.thai + " / " + reason.english);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
