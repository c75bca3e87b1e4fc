package org.cirm.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

	@Test
	void aBilingualArgumentIsFilledInInEachTextsOwnLanguage() {
		assertThat(Texts.of("manual.changed.step-agency", new Bilingual("ตรวจสถานที่", "Inspection"),
				new Bilingual("เทศบาล", "Municipality")))
			.isEqualTo(new Bilingual("ตรวจสถานที่: หน่วยงานที่รับผิดชอบเปลี่ยนเป็น เทศบาล",
					"Inspection: now done by Municipality"));
	}

	/**
	 * Text for people is written in the bundles, not in Java. Left in Java: demo and
	 * simulated data, words the code reads (time limits in a model, a location), a date
	 * pattern, and API documentation's Thai glosses.
	 */
	@Test
	void javaWritesNoThaiTextOfItsOwn() throws IOException {
		List<String> allowed = List.of("DemoComplaints.java", "/simulation/", "TimeLimit.java", "ThaiDates.java",
				"SimulatedLocalAdministration.java");
		Pattern thaiLiteral = Pattern.compile("\"[^\"]*[\u0E00-\u0E7F][^\"]*\"");
		List<String> found = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				if (allowed.stream().anyMatch(source.toString()::contains)) {
					continue;
				}
				for (String line : Files.readAllLines(source)) {
					String code = line.strip();
					boolean documentation = code.startsWith("/*") || code.startsWith("*") || code.startsWith("//")
							|| code.startsWith("@Operation") || code.startsWith("summary =")
							|| code.startsWith(".displayName(");
					if (!documentation && thaiLiteral.matcher(code).find()) {
						found.add(source.getFileName() + ": " + code);
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

}
