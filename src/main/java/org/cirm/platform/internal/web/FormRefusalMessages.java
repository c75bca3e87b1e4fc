package org.cirm.platform.internal.web;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A form an officer submits in Tasklist that a model's listener refuses answers with the
 * listener's words, "ต้องระบุเหตุผล / Give the reason", not with the engine REST API's
 * technical prefix ("Cannot submit task form 8f2d...: ", "Cannot instantiate process
 * definition ComplaintProcess:3:...: "). Only refusals (4xx) of form submissions are
 * rewritten; everything else passes as it came.
 */
@Configuration
class FormRefusalMessages {

	private static final Pattern PREFIX = Pattern
		.compile("^Cannot (?:submit task form|instantiate process definition) \\S+: (.+)$", Pattern.DOTALL);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> formRefusalMessagesFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/submit-form");
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
				chain.doFilter(request, answer);
				if (answer.getStatus() >= 400 && answer.getStatus() < 500 && answer.getContentType() != null
						&& answer.getContentType().contains("json")) {
					rewrite(answer);
				}
				answer.copyBodyToResponse();
			}

		});
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		return registration;
	}

	/** The refusal's message without the prefix, when it carries one. */
	static String withoutPrefix(String message) {
		Matcher prefixed = message == null ? null : PREFIX.matcher(message);
		return prefixed != null && prefixed.matches() ? prefixed.group(1) : message;
	}

	private static void rewrite(ContentCachingResponseWrapper answer) throws IOException {
		Map<String, Object> body;
		try {
			body = JSON.readValue(answer.getContentAsByteArray(), OBJECT);
		}
		catch (IOException notAnObject) {
			return;
		}
		if (!(body.get("message") instanceof String message) || withoutPrefix(message).equals(message)) {
			return;
		}
		body.put("message", withoutPrefix(message));
		answer.resetBuffer();
		answer.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

}
