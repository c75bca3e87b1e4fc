package org.cirm.servicerequest.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as people write them on a form. */
class FieldValuesTest {

	@Test
	void thousandSeparatorsAreUnderstood() {
		assertThat(FieldValues.number("1,500,000", null, null)).isEmpty();
		assertThat(FieldValues.asNumber("1,500,000")).isEqualTo(1_500_000L);
		assertThat(FieldValues.asNumber("12,500.50")).isEqualTo(12_500.5);
		assertThat(FieldValues.asNumber(" 80 ")).isEqualTo(80L);
	}

	@Test
	void commasThatAreNotThousandSeparatorsAreStillRefused() {
		assertThat(FieldValues.number("1,5", null, null)).isPresent();
		assertThat(FieldValues.number("15,00,000", null, null)).isPresent();
		assertThat(FieldValues.number("NaN", null, null)).isPresent();
	}

}
