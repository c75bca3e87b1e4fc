package org.cirm.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform on a random port with the demo profile on an in-memory H2 database,
 * shared by the web tests (one Spring context for all of them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:cirm-web;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
				// Tests run agencies' workers themselves, when they need them.
				"cirm.sandbox.workers=false" })
@ActiveProfiles("demo")
public @interface CirmWebTest {

}
