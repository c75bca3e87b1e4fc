package org.cirm.citizen;

import java.util.Objects;

/**
 * A Thai 13-digit national ID (เลขประจำตัวประชาชน), valid by its check digit.
 *
 * <p>
 * It lives only in the {@code citizen} module's tables: every other module, process
 * variable, log line, metric and URL carries the {@link CitizenRef} instead.
 * {@link #toString()} therefore masks it, and the digits are available only through
 * {@link #fullDigits()}, so that a stray log statement or string concatenation never
 * leaks it.
 */
public final class NationalId {

	private static final int LENGTH = 13;

	private final String digits;

	private NationalId(String digits) {
		this.digits = digits;
	}

	/**
	 * Reads an ID as people write it: 13 digits, optionally grouped with dashes or spaces
	 * ({@code 1-2345-67890-12-1}).
	 * @throws InvalidNationalIdException saying precisely what is wrong, never repeating
	 * the input
	 */
	public static NationalId parse(String input) {
		if (input == null || input.isBlank()) {
			throw new InvalidNationalIdException(InvalidNationalIdException.Reason.EMPTY, 0);
		}
		String digits = input.strip().replaceAll("[\\s-]", "");
		if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidNationalIdException(InvalidNationalIdException.Reason.NON_DIGIT, digits.length());
		}
		if (digits.length() != LENGTH) {
			throw new InvalidNationalIdException(InvalidNationalIdException.Reason.LENGTH, digits.length());
		}
		if (digits.charAt(12) - '0' != checkDigit(digits)) {
			throw new InvalidNationalIdException(InvalidNationalIdException.Reason.CHECK_DIGIT, LENGTH);
		}
		return new NationalId(digits);
	}

	/** The valid ID that begins with these twelve digits: for sample and demo data. */
	public static NationalId completing(String firstTwelve) {
		if (!firstTwelve.matches("\\d{12}")) {
			throw new IllegalArgumentException("twelve digits expected");
		}
		return parse(firstTwelve + checkDigit(firstTwelve));
	}

	public static boolean isValid(String input) {
		try {
			parse(input);
			return true;
		}
		catch (InvalidNationalIdException invalid) {
			return false;
		}
	}

	/**
	 * The check digit of the first twelve digits: with weights 13 down to 2,
	 * {@code (11 - sum mod 11) mod 10}.
	 */
	static int checkDigit(CharSequence digits) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (digits.charAt(i) - '0') * (LENGTH - i);
		}
		return (11 - sum % 11) % 10;
	}

	/** The thirteen digits. Only the citizen registry stores or compares them. */
	public String fullDigits() {
		return this.digits;
	}

	/** The form officers may see on a screen or a printout: {@code 1-2345-xxxxx-xx-1}. */
	public String masked() {
		return this.digits.charAt(0) + "-" + this.digits.substring(1, 5) + "-xxxxx-xx-" + this.digits.charAt(12);
	}

	@Override
	public String toString() {
		return masked();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NationalId that && this.digits.equals(that.digits);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.digits);
	}

}
