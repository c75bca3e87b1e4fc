package org.cirm.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class QueryResultLimitTest {

	private final QueryResultLimit limit = new QueryResultLimit();

	@Test
	void givesAnUnpagedQueryTheCap() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
		request.setQueryString("assignee=muni");
		request.addParameter("assignee", "muni");
		MockFilterChain chain = new MockFilterChain();

		this.limit.doFilter(request, new MockHttpServletResponse(), chain);

		HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
		assertThat(passed.getQueryString()).isEqualTo("assignee=muni&maxResults=1000");
		assertThat(passed.getParameter("maxResults")).isEqualTo("1000");
		assertThat(passed.getParameter("assignee")).isEqualTo("muni");
	}

	@Test
	void refusesMoreThanTheCap() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
		request.addParameter("maxResults", "1001");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.limit.doFilter(request, response, new MockFilterChain());

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getErrorMessage()).contains("at most", "1000").doesNotContain("Exception");
	}

	@Test
	void passesAQueryWithinTheCapUnchanged() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
		request.addParameter("maxResults", "50");
		MockFilterChain chain = new MockFilterChain();

		this.limit.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

}
