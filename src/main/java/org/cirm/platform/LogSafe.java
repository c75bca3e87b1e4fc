package org.cirm.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text safe to log: every Thai national ID (13 digits with a valid check digit,
 * written together or grouped 1-4-5-2-1) is replaced, and {@link #describe} also hides
 * e-mail addresses and phone numbers, which exception texts of SMTP and HTTP clients and
 * of database drivers can carry. The logging configuration applies {@link #mask} to every
 * line as a last line of defence; code should still never put such data in a message.
 */
public final class LogSafe {

	static final String MASKED_ID = "[national-id]";

	private static final Pattern ID = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12}(?![0-9])");

	private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w.-]+\\.[A-Za-z]{2,}");

	private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+66|0)[0-9](?:[ -]?[0-9]){7,8}(?![0-9])");

	private LogSafe() {
	}

	/** The text with every national ID in it replaced. */
	public static String mask(String text) {
		if (text == null || text.length() < 13) {
			return text;
		}
		Matcher found = ID.matcher(text);
		StringBuilder masked = null;
		int copied = 0;
		while (found.find()) {
			if (isNationalId(found.group())) {
				masked = masked == null ? new StringBuilder(text.length()) : masked;
				masked.append(text, copied, found.start()).append(MASKED_ID);
				copied = found.end();
			}
		}
		return masked == null ? text : masked.append(text, copied, text.length()).toString();
	}

	/**
	 * One line for a log or an error column: the exception's type and its message, with
	 * national IDs, e-mail addresses and phone numbers hidden. Never a stack trace.
	 */
	public static String describe(Throwable failure) {
		String message = failure.getMessage();
		String text = message == null ? "" : ": " + message.lines().findFirst().orElse("");
		return failure.getClass().getSimpleName()
				+ PHONE.matcher(EMAIL.matcher(mask(text)).replaceAll("[e-mail]")).replaceAll("[phone]");
	}

	private static boolean isNationalId(String candidate) {
		String digits = candidate.replace("-", "").replace(" ", "");
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (digits.charAt(i) - '0') * (13 - i);
		}
		return digits.charAt(12) - '0' == (11 - sum % 11) % 10;
	}

}
