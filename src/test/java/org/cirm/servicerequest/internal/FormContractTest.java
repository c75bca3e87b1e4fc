package org.cirm.servicerequest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cirm.citizen.CitizenRef;
import org.cirm.platform.ProcessVariable;
import org.cirm.servicerequest.internal.complaint.ComplaintProcess;
import org.cirm.servicerequest.internal.elderly.ElderlyAllowanceProcess;
import org.cirm.servicerequest.internal.restaurant.RestaurantOpeningProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every field of the forms of a service with Java delegates is a variable its process
 * class declares (so no form writes a variable its code does not know, and renaming one
 * breaks a test, not a case). A service made of models alone has no such class: its forms
 * are checked with its model by the platform's model check, as at deployment.
 */
class FormContractTest {

	/**
	 * The forms folder of each service with delegates, and the class declaring its
	 * variables.
	 */
	private static final Map<String, Class<?>> SERVICES = Map.of("complaint", ComplaintProcess.class,
			"elderly-allowance", ElderlyAllowanceProcess.class, "restaurant-opening", RestaurantOpeningProcess.class);

	static List<Resource> forms() throws IOException {
		return Arrays.asList(new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form"));
	}

	@ParameterizedTest
	@MethodSource("forms")
	void everyFieldIsADeclaredVariable(Resource form) throws IOException {
		String service = form.getURL().toString().replaceAll(".*/forms/([^/]+)/[^/]+$", "$1");
		Assumptions.assumeTrue(SERVICES.containsKey(service), service + " has no Java: its model check covers it");
		Set<String> declared = declaredVariables(SERVICES.get(service));

		assertThat(keysOf(form)).isNotEmpty()
			.allSatisfy(key -> assertThat(declared).as(form.getFilename()).contains(key));
	}

	private static Set<String> declaredVariables(Class<?> process) {
		Set<String> names = Arrays.stream(process.getFields())
			.filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class)
			.map(FormContractTest::variableName)
			.collect(Collectors.toSet());
		names.add(CitizenRef.PROCESS_VARIABLE);
		return names;
	}

	private static String variableName(Field field) {
		try {
			return ((ProcessVariable<?>) field.get(null)).name();
		}
		catch (IllegalAccessException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static List<String> keysOf(Resource form) throws IOException {
		try (InputStream json = form.getInputStream()) {
			List<String> keys = new ArrayList<>();
			collect(new ObjectMapper().readTree(json).path("components"), keys);
			return keys;
		}
	}

	private static void collect(JsonNode components, List<String> keys) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
			collect(component.path("components"), keys);
		}
	}

}
