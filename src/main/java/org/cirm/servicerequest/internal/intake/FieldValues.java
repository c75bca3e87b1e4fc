package org.cirm.servicerequest.internal.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.IntakeRejectedException.Problem;

/**
 * What a start form's field accepts, checked before anything reaches the database or the
 * engine: the JSON type the field expects (a text field takes text, never an object, an
 * array, a boolean or a number), the form's own limits, and where the form sets none a
 * sane one per type. Text may carry no NUL or other control character and no lone
 * surrogate.
 */
final class FieldValues {

	/** The longest text a process variable keeps (Camunda's string column). */
	static final int MOST_TEXT = 4000;

	/** Numbers stay within ± this where the form gives no bound. */
	static final BigDecimal MOST_NUMBER = new BigDecimal("1000000000000");

	/** Digits grouped by thousands with commas, as in 1,500,000 or 12,500.50. */
	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	static final int MOST_DECIMALS = 6;

	private static final int MOST_NUMBER_CHARACTERS = 40;

	private FieldValues() {
	}

	/**
	 * Why a value was refused, said of any field: a text of the bundle whose {@code {0}}
	 * stands for the field's label, and the other arguments.
	 */
	record Refusal(String text, Object... args) {

		Problem about(String key, Bilingual label) {
			Object[] thai = withLabel(label.th());
			Object[] english = withLabel(label.en());
			return new Problem(key, Texts.of(this.text, thai).th(), Texts.of(this.text, english).en());
		}

		private Object[] withLabel(String label) {
			Object[] all = new Object[this.args.length + 1];
			all[0] = label;
			System.arraycopy(this.args, 0, all, 1, this.args.length);
			return all;
		}

	}

	static Optional<Refusal> number(Object value, BigDecimal min, BigDecimal max) {
		BigDecimal number = parse(value);
		if (number == null) {
			return refused("intake.field.number");
		}
		BigDecimal lowest = min == null ? MOST_NUMBER.negate() : min;
		BigDecimal highest = max == null ? MOST_NUMBER : max;
		if (number.compareTo(lowest) < 0) {
			return refused("intake.field.min", lowest.toPlainString());
		}
		if (number.compareTo(highest) > 0) {
			return refused("intake.field.max", highest.toPlainString());
		}
		if (number.stripTrailingZeros().scale() > MOST_DECIMALS) {
			return refused("intake.field.decimals", MOST_DECIMALS);
		}
		return Optional.empty();
	}

	/** A number {@link #number} accepted, as a process variable: whole as long. */
	static Object asNumber(Object value) {
		BigDecimal number = parse(value).stripTrailingZeros();
		return number.scale() <= 0 ? (Object) number.longValueExact() : number.doubleValue();
	}

	static Optional<Refusal> checkbox(Object value) {
		boolean yesOrNo = value instanceof Boolean
				|| value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"));
		return yesOrNo ? Optional.empty() : refused("intake.field.checkbox");
	}

	static Optional<Refusal> text(Object value, List<String> allowed, Integer maxLength) {
		if (!(value instanceof String text)) {
			return refused("intake.field.text");
		}
		Optional<Refusal> unreadable = characters(text);
		if (unreadable.isPresent()) {
			return unreadable;
		}
		String stripped = text.strip();
		if (!allowed.isEmpty() && !allowed.contains(stripped)) {
			return refused("intake.field.one-of", allowed);
		}
		int most = maxLength == null ? MOST_TEXT : Math.min(maxLength, MOST_TEXT);
		if (stripped.length() > most) {
			return refused("intake.field.max-length", most);
		}
		return Optional.empty();
	}

	/**
	 * Refuses NUL and other control characters (but tab and line breaks) and lone
	 * surrogates.
	 */
	static Optional<Refusal> characters(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
			boolean loneSurrogate = Character.isHighSurrogate(c)
					? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
					: Character.isLowSurrogate(c);
			if (control || loneSurrogate) {
				return refused("intake.field.characters");
			}
		}
		return Optional.empty();
	}

	private static BigDecimal parse(Object value) {
		if (!(value instanceof Number) && !(value instanceof String)) {
			return null;
		}
		// "1,500,000" as people write it: separators between groups of three digits.
		String text = value.toString().strip();
		if (GROUPED.matcher(text).matches()) {
			text = text.replace(",", "");
		}
		if (text.isEmpty() || text.length() > MOST_NUMBER_CHARACTERS) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static Optional<Refusal> refused(String text, Object... args) {
		return Optional.of(new Refusal(text, args));
	}

}
