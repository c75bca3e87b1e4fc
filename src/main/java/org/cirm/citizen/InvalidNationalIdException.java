package org.cirm.citizen;

/**
 * A national ID that cannot be right, with the reason in Thai and English. The message
 * never repeats the input, which may be a real ID with one typo.
 */
public class InvalidNationalIdException extends IllegalArgumentException {

	/** What is wrong with the ID. */
	public enum Reason {

		EMPTY, NON_DIGIT, LENGTH, CHECK_DIGIT

	}

	private final Reason reason;

	private final String thai;

	private final String english;

	InvalidNationalIdException(Reason reason, int digitsGiven) {
		this.reason = reason;
		this.thai = switch (reason) {
			case EMPTY -> "กรุณากรอกเลขประจำตัวประชาชน";
			case NON_DIGIT -> "เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น (เว้นวรรคหรือขีดได้)";
			case LENGTH -> "เลขประจำตัวประชาชนต้องมี 13 หลัก (กรอกมา " + digitsGiven + " หลัก)";
			case CHECK_DIGIT -> "เลขประจำตัวประชาชนไม่ถูกต้อง เลขหลักสุดท้ายไม่ตรงกับเลขตรวจสอบ กรุณาตรวจสอบอีกครั้ง";
		};
		this.english = switch (reason) {
			case EMPTY -> "Enter the national ID";
			case NON_DIGIT -> "The national ID may contain only digits (spaces and dashes are allowed)";
			case LENGTH -> "The national ID has 13 digits (" + digitsGiven + " given)";
			case CHECK_DIGIT ->
				"The national ID is not valid: its last digit does not match the check digit; please check for a typo";
		};
	}

	public Reason reason() {
		return this.reason;
	}

	public String thai() {
		return this.thai;
	}

	public String english() {
		return this.english;
	}

	@Override
	public String getMessage() {
		return this.thai + " / " + this.english;
	}

}
