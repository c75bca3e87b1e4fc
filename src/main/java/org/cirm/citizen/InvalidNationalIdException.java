package org.cirm.citizen;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;

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
		Bilingual text = Texts.of("national-id." + reason, digitsGiven);
		this.thai = text.th();
		this.english = text.en();
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
