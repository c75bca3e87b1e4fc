package org.cirm.platform.internal.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every query of the engine REST API (and of the webapps' copy of it) at
 * {@value #MAX_RESULTS} rows: a query without {@code maxResults} gets the cap, a larger
 * {@code maxResults} is refused with 400.
 *
 * <p>
 * The engine's own {@code queryMaxResultsLimit} would do the same inside the engine, but
 * it refuses Tasklist's unpaged filter list, so the cap sits at the API edge where agency
 * systems, scripts and the webapps call in. Two lists of definitions, not case data, stay
 * uncapped because the webapps page through them 2000 at a time: the saved filters
 * (Tasklist) and the job definitions of a process (Cockpit). The tasks a filter lists are
 * capped like any other query. Parameters that are not paging pass untouched.
 */
class QueryResultLimit extends OncePerRequestFilter {

	static final int MAX_RESULTS = 1000;

	private static final Pattern DEFINITION_LIST = Pattern
		.compile("/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/(?:filter|job-definition)/?");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "GET".equals(request.getMethod())
				&& DEFINITION_LIST.matcher(request.getRequestURI().substring(request.getContextPath().length()))
					.matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String asked = request.getParameter("maxResults");
		if (asked == null) {
			chain.doFilter(new Capped(request), response);
			return;
		}
		if (!asked.matches("\\d{1,9}") || Integer.parseInt(asked) > MAX_RESULTS) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST,
					"maxResults must be a number of at most " + MAX_RESULTS);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * The request with {@code maxResults} set to the cap, in its parameters and query
	 * string.
	 */
	private static final class Capped extends HttpServletRequestWrapper {

		private static final String CAP = "maxResults=" + MAX_RESULTS;

		Capped(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getQueryString() {
			String query = super.getQueryString();
			return (query == null || query.isEmpty()) ? CAP : query + "&" + CAP;
		}

		@Override
		public String getParameter(String name) {
			return "maxResults".equals(name) ? String.valueOf(MAX_RESULTS) : super.getParameter(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
			parameters.put("maxResults", new String[] { String.valueOf(MAX_RESULTS) });
			return Collections.unmodifiableMap(parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return getParameterMap().get(name);
		}

	}

}
