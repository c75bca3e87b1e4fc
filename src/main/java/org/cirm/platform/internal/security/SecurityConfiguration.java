package org.cirm.platform.internal.security;

import java.util.Arrays;
import java.util.LinkedHashMap;

import org.cirm.platform.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for officers across the Camunda webapps and our own pages; HTTP Basic for the
 * engine REST API; citizen pages public.
 *
 * <p>
 * Spring Security authenticates against Camunda's identity store and the webapps and REST
 * API trust it ({@link EngineAuthenticationConfiguration}). Nothing here may open an
 * engine endpoint or a webapp API to an anonymous caller.
 */
@Configuration
class SecurityConfiguration {

	static final String ADMIN_AUTHORITY = Roles.authority(Roles.ADMIN);

	private static final PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher WEBAPP_API = path.matcher("/camunda/api/**");

	/**
	 * The webapps' logout, only with the webapps' own CSRF token; without it, 403 and the
	 * session stays (Camunda's own CSRF filter, further on, would end the session).
	 */
	private static final RequestMatcher WEBAPP_LOGOUT_PATH = path.matcher(HttpMethod.POST,
			"/camunda/api/admin/auth/user/{engine}/logout");

	private static final RequestMatcher WEBAPP_LOGOUT = new AndRequestMatcher(WEBAPP_LOGOUT_PATH,
			WebappCsrfToken::isPresentAndValid);

	/**
	 * External tasks are fetched by agency systems over {@code /engine-rest}; the
	 * webapps' copy of the API cannot serve the long poll.
	 */
	private static final RequestMatcher WEBAPP_FETCH_AND_LOCK = path.matcher(HttpMethod.POST,
			"/camunda/api/engine/engine/{engine}/external-task/fetchAndLock");

	/**
	 * Our pages load nothing from elsewhere and run no inline script. The webapps send
	 * their own, nonce-based policy, which a second one would break.
	 */
	private static final HeaderWriter OUR_PAGES_POLICY = new DelegatingRequestMatcherHeaderWriter(
			new NegatedRequestMatcher(anyOf("/camunda/**", "/api/swagger-ui/**")),
			new ContentSecurityPolicyHeaderWriter(
					"default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"));

	/**
	 * Swagger UI sets inline styles and draws its icons from data URIs; it still runs no
	 * inline script and loads nothing from elsewhere.
	 */
	private static final HeaderWriter API_REFERENCE_POLICY = new DelegatingRequestMatcherHeaderWriter(
			path.matcher("/api/swagger-ui/**"),
			new ContentSecurityPolicyHeaderWriter("default-src 'self'; style-src 'self' 'unsafe-inline'; "
					+ "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"));

	/**
	 * The engine REST API: stateless, HTTP Basic on every call, no session to ride on.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
		http.securityMatcher(path.matcher("/engine-rest/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
		return basicOnEveryCall(http, "CiRM engine API").build();
	}

	/**
	 * Operators' metrics for a Prometheus scraper: stateless HTTP Basic, the monitoring
	 * role or an administrator.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain metricsChain(HttpSecurity http, CamundaIdentityAuthentication identity) throws Exception {
		http.securityMatcher(path.matcher("/actuator/prometheus"))
			.authenticationManager(new ProviderManager(new OfficersOnly(identity)))
			.authorizeHttpRequests(requests -> requests.anyRequest()
				.access(AuthorizationManagers.allOf(OfficersOnly.AUTHORIZATION, AuthorityAuthorizationManager
					.hasAnyAuthority(ADMIN_AUTHORITY, Roles.authority(Roles.MONITORING)))));
		return basicOnEveryCall(http, "CiRM metrics").build();
	}

	/**
	 * Stateless HTTP Basic, for machines' calls: no session to ride on. Credentials
	 * travel with every request and no cookie authenticates it, so there is nothing to
	 * forge.
	 */
	private static HttpSecurity basicOnEveryCall(HttpSecurity http, String realm) throws Exception {
		return http.httpBasic(basic -> basic.realmName(realm))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(AbstractHttpConfigurer::disable);
	}

	/**
	 * The model check, for process owners' tools (a CI job of a model repository, a
	 * script beside Camunda Modeler) with HTTP Basic like the engine REST API, and for a
	 * signed-in officer's page with the session and its CSRF token. Officers only.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain modelCheckChain(HttpSecurity http, CamundaIdentityAuthentication identity) throws Exception {
		RequestMatcher withoutCredentials = request -> request.getHeader(HttpHeaders.AUTHORIZATION) == null;
		return http.securityMatcher(path.matcher("/officer/api/models/**"))
			.authenticationManager(new ProviderManager(new OfficersOnly(identity)))
			.authorizeHttpRequests(requests -> requests.anyRequest().access(OfficersOnly.AUTHORIZATION))
			.httpBasic(basic -> basic.realmName("CiRM model check"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			// A call that carries its credentials cannot be forged; one riding on the
			// session's cookie needs the token.
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(
					new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER, withoutCredentials)))
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain web(HttpSecurity http, @Value("${cirm.security.hsts:true}") boolean hsts,
			CamundaIdentityAuthentication identity) throws Exception {
		// Agency systems' worker accounts are machines: they cannot sign in here.
		http.authenticationManager(new ProviderManager(new OfficersOnly(identity)));
		http.authorizeHttpRequests(requests -> requests
			// Citizen pages, the demo profile's simulated agency systems (/sandbox), and
			// agencies' callbacks, which authenticate by their signature instead.
			.requestMatchers(anyOf("/", "/login", "/error", "/services/**", "/api/services/**", "/sandbox/**", "/js/**",
					"/agency-callbacks/**", "/css/**", "/images/**", "/favicon.ico", "/actuator/health/**",
					"/actuator/info", "/api/requests/**", "/api/track", "/api/track/**", "/api/openapi/**", "/api/docs",
					"/api/docs/**", "/api/swagger-ui/**", "/track", "/track/**", "/applied", "/my-requests",
					"/my-requests/**", "/open311/**", "/feedback/**"))
			.permitAll()
			// Camunda's first-admin setup would let any officer create an engine
			// administrator.
			.requestMatchers(path.matcher("/camunda/api/admin/setup/**"), WEBAPP_FETCH_AND_LOCK,
					new AndRequestMatcher(WEBAPP_LOGOUT_PATH, new NegatedRequestMatcher(WEBAPP_LOGOUT)))
			.denyAll()
			.requestMatchers(path.matcher("/actuator/**"))
			.access(AuthorizationManagers.allOf(OfficersOnly.AUTHORIZATION,
					AuthorityAuthorizationManager.hasAuthority(ADMIN_AUTHORITY)))
			.anyRequest()
			.access(OfficersOnly.AUTHORIZATION))
			.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/officer", false))
			.logout(logout -> logout
				.logoutRequestMatcher(new OrRequestMatcher(path.matcher(HttpMethod.POST, "/logout"), WEBAPP_LOGOUT))
				.logoutSuccessHandler(logoutSuccess()))
			// The webapps carry Camunda's own CSRF filter (token cookie and header); ours
			// guards our forms. The citizens' JSON APIs and Open311 carry no cookie that
			// could be ridden.
			.csrf(csrf -> csrf.ignoringRequestMatchers(path.matcher("/camunda/**"), path.matcher("/sandbox/**"),
					path.matcher("/agency-callbacks/**"), path.matcher("/api/requests/**"), path.matcher("/api/track"),
					path.matcher("/api/track/**"), path.matcher("/open311/**")))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), WEBAPP_API))
			.headers(headers -> headers.addHeaderWriter(OUR_PAGES_POLICY)
				.addHeaderWriter(API_REFERENCE_POLICY)
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity(sts -> sts.maxAgeInSeconds(31_536_000)
					.includeSubDomains(true)
					.requestMatcher(request -> hsts && request.isSecure())));
		return http.build();
	}

	/**
	 * Paths as the servlet container sees them: the Camunda webapps and the engine REST
	 * API are servlets of their own, which Spring MVC path matchers would not see.
	 */
	private static RequestMatcher anyOf(String... patterns) {
		return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(path::matcher).toList());
	}

	/**
	 * The webapps' own logout button ends the one session too, and gets the status it
	 * expects.
	 */
	private static LogoutSuccessHandler logoutSuccess() {
		var toLoginPage = new SimpleUrlLogoutSuccessHandler();
		toLoginPage.setDefaultTargetUrl("/login?logout");
		var handlers = new LinkedHashMap<RequestMatcher, LogoutSuccessHandler>();
		handlers.put(WEBAPP_LOGOUT_PATH, new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT));
		var delegating = new DelegatingLogoutSuccessHandler(handlers);
		delegating.setDefaultLogoutSuccessHandler(toLoginPage);
		return delegating;
	}

}
