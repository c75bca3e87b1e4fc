package org.cirm.notification.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of notifications, in Thai and English
 * ({@code i18n/notifications*.properties}): {@code notification.<template>.subject} and
 * {@code .body}, with {@code {name}} placeholders filled from the message's parameters.
 */
@Component
class Templates {

	private final MessageSource texts;

	Templates(MessageSource texts) {
		this.texts = texts;
	}

	record Rendered(String subject, String body) {
	}

	Rendered render(Message message) {
		Locale language = Locale.forLanguageTag(message.language());
		return new Rendered(fill(text(message.template() + ".subject", language), message.params()),
				fill(text(message.template() + ".body", language), message.params()));
	}

	private String text(String key, Locale language) {
		return this.texts.getMessage("notification." + key, null, language);
	}

	private static String fill(String text, Map<String, String> params) {
		String filled = text;
		for (Map.Entry<String, String> param : params.entrySet()) {
			filled = filled.replace("{" + param.getKey() + "}", param.getValue() == null ? "" : param.getValue());
		}
		return filled;
	}

}
