package org.cirm.platform.internal.security;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses, with 400, any task query or filter sent to the engine REST API or to the
 * webapps' copy of it that carries an expression key the engine would evaluate (see
 * {@link ExpressionKeys}). Requests it does not recognise as task queries or filters pass
 * untouched.
 */
class ExpressionKeyGuard extends OncePerRequestFilter {

	/** Task queries ({@code /task}, {@code /task/count}) and every filter endpoint. */
	static final Pattern GUARDED = Pattern.compile(
			"/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/(?:task(?:/count)?|filter(?:/.*)?)/?");

	private static final int MAX_BODY_BYTES = 1 << 20;

	private final ObjectMapper json;

	ExpressionKeyGuard(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !GUARDED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (ExpressionKeys.isRefused(parameter.getKey(), parameter.getValue())) {
				refuse(response, parameter.getKey());
				return;
			}
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		Optional<String> refused = refusedKeyIn(body);
		if (refused.isPresent()) {
			refuse(response, refused.get());
			return;
		}
		chain.doFilter(new RereadableRequest(request, body), response);
	}

	private Optional<String> refusedKeyIn(byte[] body) {
		if (body.length == 0) {
			return Optional.empty();
		}
		try {
			JsonNode tree = this.json.readTree(body);
			return tree == null ? Optional.empty() : ExpressionKeys.firstRefused(tree);
		}
		catch (IOException notJson) {
			// The engine answers malformed JSON with its own 400.
			return Optional.empty();
		}
	}

	private void refuse(HttpServletResponse response, String key) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), Map
			.of("type", "InvalidRequestException", "message", "Expression key '" + key
					+ "' is not allowed in task queries and filters; only ${currentUser()} and ${currentUserGroups()} may be used"));
	}

}
