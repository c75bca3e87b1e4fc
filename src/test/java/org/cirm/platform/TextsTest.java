package org.cirm.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every text Java composes exists in Thai and in English, with the same arguments. */
class TextsTest {

	@Test
	void bothLanguagesHaveTheSameTexts() {
		assertThat(Texts.language("th").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(Texts.language("en").stringPropertyNames());
	}

	@Test
	void eachTextTakesTheSameArgumentsInBothLanguages() {
		for (String key : Texts.language("en").stringPropertyNames()) {
			for (int i = 0; i < 3; i++) {
				String argument = "{" + i + "}";
				assertThat(Texts.language("th").getProperty(key).contains(argument)).as(key + " " + argument)
					.isEqualTo(Texts.language("en").getProperty(key).contains(argument));
			}
		}
	}

	@Test
	void fillsInTheArguments() {
		assertThat(Texts.of("intake.field.min", "พื้นที่", "1"))
			.isEqualTo(new Bilingual("พื้นที่ ต้องไม่น้อยกว่า 1", "พื้นที่ must be at least 1"));
		assertThatThrownBy(() -> Texts.of("no.such.text")).isInstanceOf(IllegalArgumentException.class);
	}

}
