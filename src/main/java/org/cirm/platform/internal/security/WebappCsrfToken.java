package org.cirm.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * The Camunda webapps' own CSRF token (kept in the session, sent back in the
 * {@code X-XSRF-TOKEN} header), checked where Spring Security acts on a webapp request
 * before Camunda's CSRF filter would see it: the webapps' logout.
 */
final class WebappCsrfToken {

	private WebappCsrfToken() {
	}

	static boolean isPresentAndValid(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected != null && sent != null && MessageDigest
			.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
	}

}
