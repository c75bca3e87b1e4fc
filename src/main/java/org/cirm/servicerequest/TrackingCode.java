package org.cirm.servicerequest;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * What a citizen quotes to follow a request: 13 characters of Crockford's base 32 (65
 * random bits; no I, L, O or U, so nothing reads as another letter over the phone) and a
 * check character (Crockford's modulo 37) that catches any one wrong character and any
 * two neighbours swapped. Written in groups, {@code K7QM-2ZPA-9XW4-DH}; read case-blind,
 * with or without dashes and spaces, O as 0 and I or L as 1.
 */
public record TrackingCode(String value) {

	private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** Check symbols: the 32 above, then the five extra values of modulo 37. */
	private static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";

	private static final int DATA_LENGTH = 13;

	private static final SecureRandom RANDOM = new SecureRandom();

	public TrackingCode {
		if (value.length() != DATA_LENGTH + 1 || !value.equals(value.toUpperCase(Locale.ROOT))) {
			throw new IllegalArgumentException("A tracking code has 14 characters");
		}
	}

	/** A new, unguessable code. */
	public static TrackingCode random() {
		StringBuilder data = new StringBuilder(DATA_LENGTH);
		for (int i = 0; i < DATA_LENGTH; i++) {
			data.append(SYMBOLS.charAt(RANDOM.nextInt(32)));
		}
		return new TrackingCode(data + String.valueOf(check(data)));
	}

	/** The code the text stands for, if it is one (right length, symbols and check). */
	public static Optional<TrackingCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String normal = text.toUpperCase(Locale.ROOT)
			.replaceAll("[\\s-]", "")
			.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1');
		if (normal.length() != DATA_LENGTH + 1) {
			return Optional.empty();
		}
		String data = normal.substring(0, DATA_LENGTH);
		if (!data.chars().allMatch(symbol -> SYMBOLS.indexOf(symbol) >= 0)
				|| check(data) != normal.charAt(DATA_LENGTH)) {
			return Optional.empty();
		}
		return Optional.of(new TrackingCode(normal));
	}

	private static char check(CharSequence data) {
		BigInteger number = BigInteger.ZERO;
		for (int i = 0; i < data.length(); i++) {
			number = number.shiftLeft(5).add(BigInteger.valueOf(SYMBOLS.indexOf(data.charAt(i))));
		}
		return CHECK_SYMBOLS.charAt(number.mod(BigInteger.valueOf(37)).intValue());
	}

	/** As printed and read out: {@code K7QM-2ZPA-9XW4-DH}. */
	public String formatted() {
		return this.value.substring(0, 4) + "-" + this.value.substring(4, 8) + "-" + this.value.substring(8, 12) + "-"
				+ this.value.substring(12);
	}

	@Override
	public String toString() {
		return formatted();
	}

}
