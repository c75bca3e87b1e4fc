package org.cirm.platform;

/**
 * A text in Thai with its English, as citizens read them side by side. Models and groups
 * write it as {@code "ไทย / English"}; without the separator the whole text serves both.
 */
public record Bilingual(String th, String en) {

	private static final String SEPARATOR = " / ";

	public static Bilingual parse(String text) {
		if (text == null || text.isBlank()) {
			return new Bilingual("", "");
		}
		int separator = text.indexOf(SEPARATOR);
		if (separator < 0) {
			return new Bilingual(text.strip(), text.strip());
		}
		return new Bilingual(text.substring(0, separator).strip(),
				text.substring(separator + SEPARATOR.length()).strip());
	}

	@Override
	public String toString() {
		return this.th.equals(this.en) ? this.th : this.th + SEPARATOR + this.en;
	}

}
