package org.cirm.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Texts for people that Java code composes (refusals, problem titles), kept in the bundle
 * {@code i18n/texts.properties} (English) and {@code i18n/texts_th.properties} (Thai), so
 * a translator never opens Java. {@code {0}}, {@code {1}}, ... stand for the arguments,
 * given already formatted.
 */
public final class Texts {

	private static final Properties ENGLISH = load("i18n/texts.properties");

	private static final Properties THAI = load("i18n/texts_th.properties");

	private Texts() {
	}

	/**
	 * The text in both languages.
	 * @throws IllegalArgumentException when either language lacks the key
	 */
	public static Bilingual of(String key, Object... args) {
		return new Bilingual(filled(THAI, key, args), filled(ENGLISH, key, args));
	}

	/** The keys of each language, for the test that both have the same. */
	static Properties language(String code) {
		return "th".equals(code) ? THAI : ENGLISH;
	}

	private static String filled(Properties language, String key, Object... args) {
		String text = language.getProperty(key);
		if (text == null) {
			throw new IllegalArgumentException("No text " + key);
		}
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

	private static Properties load(String path) {
		Properties texts = new Properties();
		try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + path);
			}
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
