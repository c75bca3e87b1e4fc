package org.cirm.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NationalIdTest {

	@Property
	void acceptsEveryIdWhoseLastDigitIsTheCheckDigit(@ForAll("validIds") String id) {
		assertThat(NationalId.parse(id).fullDigits()).isEqualTo(id);
	}

	@Property
	void rejectsAChangeOfAnySingleDigitUnlessTheResultIsValidByItself(@ForAll("validIds") String id,
			@ForAll @IntRange(max = 12) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
		char[] digits = id.toCharArray();
		digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
		String changed = new String(digits);

		assertThat(NationalId.isValid(changed)).isEqualTo(independentlyValid(changed));
		if (position == 12) {
			assertThat(NationalId.isValid(changed)).as("a changed check digit").isFalse();
		}
	}

	@Property
	void rejectsASwapOfNeighbouringDigitsUnlessTheResultIsValidByItself(@ForAll("validIds") String id,
			@ForAll @IntRange(max = 11) int position) {
		char[] digits = id.toCharArray();
		char kept = digits[position];
		digits[position] = digits[position + 1];
		digits[position + 1] = kept;
		String swapped = new String(digits);

		assertThat(NationalId.isValid(swapped)).isEqualTo(independentlyValid(swapped));
	}

	@Property
	void acceptsTheUsualGroupingWithDashesOrSpaces(@ForAll("validIds") String id) {
		String dashed = id.charAt(0) + "-" + id.substring(1, 5) + "-" + id.substring(5, 10) + "-" + id.substring(10, 12)
				+ "-" + id.charAt(12);

		assertThat(NationalId.parse(dashed)).isEqualTo(NationalId.parse(id));
		assertThat(NationalId.parse(" " + dashed.replace('-', ' ') + " ")).isEqualTo(NationalId.parse(id));
	}

	@Property
	void neverShowsTheMiddleDigitsWhenPrinted(@ForAll("validIds") String id) {
		NationalId nationalId = NationalId.parse(id);

		assertThat(nationalId.toString()).isEqualTo(nationalId.masked())
			.matches("\\d-\\d{4}-xxxxx-xx-\\d")
			.doesNotContain(id.substring(5, 12));
	}

	@Example
	void masksAsOfficersSeeIt() {
		String id = withCheckDigit("123456789012");

		assertThat(NationalId.parse(id).masked()).isEqualTo("1-2345-xxxxx-xx-" + id.charAt(12));
	}

	@Example
	void saysWhenTheCheckDigitIsWrongWithoutRepeatingTheId() {
		String id = withCheckDigit("110170023007");
		String typo = id.substring(0, 12) + (char) ('0' + (id.charAt(12) - '0' + 1) % 10);

		InvalidNationalIdException invalid = catchThrowableOfType(InvalidNationalIdException.class,
				() -> NationalId.parse(typo));

		assertThat(invalid.reason()).isEqualTo(InvalidNationalIdException.Reason.CHECK_DIGIT);
		assertThat(invalid.getMessage()).contains("check digit", "เลขตรวจสอบ").doesNotContain(typo.substring(0, 12));
	}

	@Example
	void saysHowManyDigitsWereGiven() {
		assertThatThrownBy(() -> NationalId.parse("1-2345-67890-12")).isInstanceOf(InvalidNationalIdException.class)
			.hasMessageContaining("13 digits (12 given)")
			.hasMessageContaining("13 หลัก");
	}

	@Example
	void refusesLettersAndEmptyInput() {
		assertThat(catchThrowableOfType(InvalidNationalIdException.class, () -> NationalId.parse("1234567890abc"))
			.reason()).isEqualTo(InvalidNationalIdException.Reason.NON_DIGIT);
		assertThat(catchThrowableOfType(InvalidNationalIdException.class, () -> NationalId.parse("  ")).reason())
			.isEqualTo(InvalidNationalIdException.Reason.EMPTY);
	}

	@Provide
	Arbitrary<String> validIds() {
		return Arbitraries.strings().numeric().ofLength(12).map(NationalIdTest::withCheckDigit);
	}

	/**
	 * The rule as the issue states it, written again here so the test does not trust the
	 * code.
	 */
	private static boolean independentlyValid(String digits) {
		int sum = 0;
		for (int i = 1; i <= 12; i++) {
			sum += Character.getNumericValue(digits.charAt(i - 1)) * (14 - i);
		}
		return Character.getNumericValue(digits.charAt(12)) == (11 - sum % 11) % 10;
	}

	private static String withCheckDigit(String twelve) {
		for (int check = 0; check <= 9; check++) {
			if (independentlyValid(twelve + check)) {
				return twelve + check;
			}
		}
		throw new IllegalStateException("no check digit for " + twelve);
	}

}
