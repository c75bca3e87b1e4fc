package org.cirm.platform.internal.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reference, generated from the controllers (springdoc-openapi) and served with
 * Swagger UI at {@code /api/docs}, one group per audience: citizens' apps, Open311
 * clients, agency systems' callbacks, and officers' tools. {@code ApiDocumentationTest}
 * fails when an endpoint is missing from it.
 */
@Configuration
class ApiDocumentation {

	@Bean
	OpenAPI cirmApiReference() {
		return new OpenAPI().info(new Info().title("CiRM One-Stop").version("1").description("""
				File a request for a public service and follow it step by step; the same intake serves \
				the portal, this API, Open311 and the counters. Texts come in Thai and English. Citizens \
				need no login: a request is followed with its tracking code and the last four digits of \
				the applicant's national ID. Officers' endpoints need an officer's login."""));
	}

	@Bean
	GroupedOpenApi citizenApiGroup() {
		return GroupedOpenApi.builder()
			.group("citizen")
			.displayName("Citizen API / บริการประชาชน")
			.pathsToMatch("/api/**")
			.build();
	}

	@Bean
	GroupedOpenApi open311ApiGroup() {
		return GroupedOpenApi.builder()
			.group("open311")
			.displayName("Open311 GeoReport v2")
			.pathsToMatch("/open311/**")
			.build();
	}

	@Bean
	GroupedOpenApi agencyCallbackApiGroup() {
		return GroupedOpenApi.builder()
			.group("agency-callbacks")
			.displayName("Agency callbacks / ระบบหน่วยงาน")
			.pathsToMatch("/agency-callbacks/**")
			.build();
	}

	@Bean
	GroupedOpenApi officerApiGroup() {
		return GroupedOpenApi.builder()
			.group("officer")
			.displayName("Officer API / เจ้าหน้าที่")
			.pathsToMatch("/officer/api/**")
			.build();
	}

}
