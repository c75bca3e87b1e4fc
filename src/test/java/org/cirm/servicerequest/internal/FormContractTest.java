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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every field of every service's forms is a variable its process declares (so no form
 * writes a variable no code knows, and renaming one breaks a test, not a case).
 */
class FormContractTest {

	/** Each service's forms folder and the class that declares its variables. */
	private static final Map<String, Class<?>> SERVICES = Map.of("complaint", ComplaintProcess.class,
			"elderly-allowance", ElderlyAllowanceProcess.class, "restaurant-opening", RestaurantOpeningProcess.class);

	static List<Resource> forms() throws IOException {
		return Arrays.asList(new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form"));
	}

	@ParameterizedTest
	@MethodSource("forms")
	void everyFieldIsADeclaredVariable(Resource form) throws IOException {
		String service = form.getURL().toString().replaceAll(".*/forms/([^/]+)/[^/]+$", "$1");
		assertThat(SERVICES).as("the service of " + form.getFilename()).containsKey(service);
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
