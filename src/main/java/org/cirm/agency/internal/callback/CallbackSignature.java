package org.cirm.agency.internal.callback;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an agency signs a callback: header {@value #HEADER} = {@code sha256=} and the hex
 * HMAC-SHA256 of the exact request body under the agency's callback secret.
 */
public final class CallbackSignature {

	public static final String HEADER = "X-Agency-Signature";

	private static final String PREFIX = "sha256=";

	private CallbackSignature() {
	}

	public static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Compares in constant time, so the answer's timing tells an attacker nothing. */
	static boolean verifies(String secret, byte[] body, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
				signature.strip().getBytes(StandardCharsets.US_ASCII));
	}

}
