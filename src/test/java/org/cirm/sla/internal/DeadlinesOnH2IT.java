package org.cirm.sla.internal;

import java.util.Map;

import org.cirm.CirmApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The deadline scenarios on the embedded default, H2. An integration test because it runs
 * a platform of its own: closing it would take the engine away from the web tests' shared
 * one in the same JVM.
 */
class DeadlinesOnH2IT extends DeadlineScenarios {

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() {
		Map<String, Object> properties = new java.util.HashMap<>(settings());
		properties.put("spring.datasource.url", "jdbc:h2:mem:cirm-sla;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
		properties.put("server.port", "0");
		app = new SpringApplicationBuilder(CirmApplication.class).profiles("demo")
			.run(properties.entrySet()
				.stream()
				.map(property -> "--" + property.getKey() + "=" + property.getValue())
				.toArray(String[]::new));
		deploy(app);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Override
	ConfigurableApplicationContext app() {
		return app;
	}

}
