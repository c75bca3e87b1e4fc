package org.cirm.platform.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cirm.platform.Texts;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses, with 413, a body larger than the limit on the public endpoints (the citizens'
 * JSON APIs, Open311, agencies' callbacks, feedback) before it is read in full: by its
 * {@code Content-Length}, or for a chunked JSON body by reading at most one byte past the
 * limit.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestBodyLimit.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final long limit;

	RequestBodyLimit(DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.limit) {
			refuse(request, response);
			return;
		}
		if (declared < 0 && isJson(request)) {
			byte[] body = request.getInputStream().readNBytes((int) this.limit + 1);
			if (body.length > this.limit) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new RereadableRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().contains("json");
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.info("Refused a body over {} bytes on {} {}", this.limit, request.getMethod(), request.getRequestURI());
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		JSON.writeValue(response.getWriter(),
				Map.of("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "title",
						Texts.of("web.body-too-large.title").toString(), "detail",
						Texts.of("web.body-too-large.detail", this.limit / 1024).toString()));
	}

}
