package org.cirm.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Function;

/**
 * Texts for people that Java code composes (refusals, problem titles), kept in the bundle
 * {@code i18n/texts.properties} (English) and {@code i18n/texts_th.properties} (Thai), so
 * a translator never opens Java. {@code {0}}, {@code {1}}, ... stand for the arguments,
 * given already formatted; a {@link Bilingual} argument in the text's own language.
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
		return new Bilingual(filled(THAI, key, args, Bilingual::th), filled(ENGLISH, key, args, Bilingual::en));
	}

	/** The keys of each language, for the test that both have the same. */
	static Properties language(String code) {
		return "th".equals(code) ? THAI : ENGLISH;
	}

	private static String filled(Properties language, String key, Object[] args,
			Function<Bilingual, String> inLanguage) {
		String text = language.getProperty(key);
		if (text == null) {
			throw new IllegalArgumentException("No text " + key);
		}
		for (int i = 0; i < args.length; i++) {
			String arg = args[i] instanceof Bilingual both ? inLanguage.apply(both) : String.valueOf(args[i]);
			text = text.replace("{" + i + "}", arg);
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
