package org.cirm.agency.internal.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the sandbox's deterministic demo data from {@code sandbox/*.json}. */
final class DemoData {

	private DemoData() {
	}

	static <T> List<T> read(ObjectMapper json, String file, Class<T> entry) {
		try (InputStream data = new ClassPathResource("sandbox/" + file).getInputStream()) {
			return json.readValue(data, json.getTypeFactory().constructCollectionType(List.class, entry));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Sandbox data " + file + " is unreadable", unreadable);
		}
	}

	/**
	 * A stable number derived from a key, so the same request always gets the same
	 * answer.
	 */
	static String number(String prefix, String key, int digits) {
		long value = Math.floorMod(key.hashCode() * 2654435761L, (long) Math.pow(10, digits));
		return prefix + String.format("%0" + digits + "d", value);
	}

}
