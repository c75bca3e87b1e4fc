package org.cirm.platform.internal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what anyone may send to the public endpoints, applied before anything else
 * reads the request ({@code cirm.security.max-body}, 64 KiB by default).
 */
@Configuration
class PublicEndpointLimits {

	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
			@Value("${cirm.security.max-body:64KB}") DataSize maxBody) {
		var registration = new FilterRegistrationBean<>(new RequestBodyLimit(maxBody));
		registration.addUrlPatterns("/api/*", "/open311/*", "/agency-callbacks/*", "/feedback/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
