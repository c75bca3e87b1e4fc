package org.cirm.platform.internal.security;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds expression keys ({@code assigneeExpression}, {@code dueBeforeExpression}, ...)
 * anywhere in a task query or filter, however deeply nested: Camunda 7.24 checks its
 * ad-hoc expression ban only at the top level, so one inside {@code orQueries} would
 * reach the expression language.
 *
 * <p>
 * The two functions Tasklist's own filters use, {@code ${currentUser()}} and
 * {@code ${currentUserGroups()}}, are the only values allowed, and only as the whole
 * value.
 */
final class ExpressionKeys {

	static final Set<String> SAFE_VALUES = Set.of("${currentUser()}", "${currentUserGroups()}");

	private ExpressionKeys() {
	}

	static boolean isExpressionKey(String key) {
		return key.endsWith("Expression") || key.equals("expressions");
	}

	/**
	 * The path of the first refused key, such as {@code orQueries[0].assigneeExpression}.
	 */
	static Optional<String> firstRefused(JsonNode node) {
		return firstRefused(node, "");
	}

	private static Optional<String> firstRefused(JsonNode node, String path) {
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				Optional<String> found = firstRefused(node.get(i), path + "[" + i + "]");
				if (found.isPresent()) {
					return found;
				}
			}
		}
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
			if (isRefused(field.getKey(), field.getValue())) {
				return Optional.of(fieldPath);
			}
			Optional<String> found = firstRefused(field.getValue(), fieldPath);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	static boolean isRefused(String key, JsonNode value) {
		return isExpressionKey(key) && !(value.isTextual() && SAFE_VALUES.contains(value.asText()));
	}

	static boolean isRefused(String key, String[] values) {
		return isExpressionKey(key) && !(values.length == 1 && SAFE_VALUES.contains(values[0]));
	}

}
