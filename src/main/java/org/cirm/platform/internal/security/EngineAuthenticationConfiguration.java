package org.cirm.platform.internal.security;

import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Registers the servlet filters that sit behind Spring Security: the webapps and the
 * engine REST API take the officer from Spring Security, and task queries and filters are
 * screened for expression keys before the engine sees them.
 */
@Configuration
class EngineAuthenticationConfiguration {

	private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

	private static final Map<String, String> TRUST_SPRING_SECURITY = Map
		.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, SpringSecurityUser.class.getName());

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
		var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(TRUST_SPRING_SECURITY);
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setInitParameters(TRUST_SPRING_SECURITY);
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<QueryResultLimit> queryResultLimit() {
		var registration = new FilterRegistrationBean<>(new QueryResultLimit());
		// Both ways into the engine's API: agency systems' and the webapps'.
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(AFTER_SPRING_SECURITY + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AgencyWorkerGuard> agencyWorkerGuard(ObjectMapper json, ExternalTaskService externalTasks) {
		var registration = new FilterRegistrationBean<>(new AgencyWorkerGuard(json, externalTasks));
		registration.addUrlPatterns("/engine-rest/*");
		// After the engine knows the user, so the task lookup is authorized as them.
		registration.setOrder(AFTER_SPRING_SECURITY + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ExpressionKeyGuard> expressionKeyGuard(ObjectMapper json) {
		var registration = new FilterRegistrationBean<>(new ExpressionKeyGuard(json));
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(AFTER_SPRING_SECURITY + 1);
		return registration;
	}

}
