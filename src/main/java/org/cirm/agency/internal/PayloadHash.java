package org.cirm.agency.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SHA-256 of a payload as JSON: a receipt proves what went over the wire without keeping
 * it (payloads may carry personal data).
 */
@Component
public class PayloadHash {

	private final ObjectMapper json;

	public PayloadHash(ObjectMapper json) {
		this.json = json;
	}

	public String of(Object payload) {
		try {
			return ofBytes(this.json.writeValueAsBytes(payload));
		}
		catch (JsonProcessingException unwritable) {
			throw new IllegalArgumentException("Payload cannot be written as JSON", unwritable);
		}
	}

	public static String ofText(String text) {
		return ofBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String ofBytes(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
