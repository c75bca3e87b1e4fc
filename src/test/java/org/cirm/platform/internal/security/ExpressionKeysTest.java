package org.cirm.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExpressionKeysTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void findsAnExpressionKeyAtTheTopLevel() throws Exception {
		assertThat(ExpressionKeys.firstRefused(tree("{\"assigneeExpression\": \"${x}\"}")))
			.contains("assigneeExpression");
	}

	@Test
	void findsAnExpressionKeyNestedInOrQueries() throws Exception {
		JsonNode query = tree(
				"{\"active\": true, \"orQueries\": [{\"assignee\": \"a\"}, {\"dueBeforeExpression\": \"${x}\"}]}");

		assertThat(ExpressionKeys.firstRefused(query)).contains("orQueries[1].dueBeforeExpression");
	}

	@Test
	void findsAnExpressionKeyInAFilterQueryAtAnyDepth() throws Exception {
		JsonNode filter = tree(
				"{\"resourceType\": \"Task\", \"query\": {\"orQueries\": [{\"orQueries\": [{\"candidateUserExpression\": \"${y}\"}]}]}}");

		assertThat(ExpressionKeys.firstRefused(filter))
			.contains("query.orQueries[0].orQueries[0].candidateUserExpression");
	}

	@Test
	void findsTheEnginesOwnExpressionsMap() throws Exception {
		assertThat(ExpressionKeys.firstRefused(tree("{\"query\": {\"expressions\": {\"taskAssignee\": \"${z}\"}}}")))
			.contains("query.expressions");
	}

	@Test
	void allowsTasklistsCurrentUserFunctions() throws Exception {
		JsonNode filter = tree(
				"{\"query\": {\"candidateGroupsExpression\": \"${currentUserGroups()}\", \"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}}");

		assertThat(ExpressionKeys.firstRefused(filter)).isEmpty();
	}

	@Test
	void refusesCurrentUserInsideALargerExpression() throws Exception {
		assertThat(ExpressionKeys.firstRefused(tree("{\"assigneeExpression\": \"${currentUser()}${x}\"}"))).isPresent();
	}

	@Test
	void leavesPlainQueriesAlone() throws Exception {
		assertThat(
				ExpressionKeys.firstRefused(tree("{\"assignee\": \"muni\", \"taskVariables\": [{\"name\": \"x\"}]}")))
			.isEmpty();
	}

	@Test
	void checksQueryParametersByNameAndValue() {
		assertThat(ExpressionKeys.isRefused("assigneeExpression", new String[] { "${x}" })).isTrue();
		assertThat(ExpressionKeys.isRefused("assigneeExpression", new String[] { "${currentUser()}" })).isFalse();
		assertThat(ExpressionKeys.isRefused("assignee", new String[] { "${x}" })).isFalse();
	}

	@Test
	void guardsTaskQueriesAndFiltersOnBothApis() {
		assertThat(ExpressionKeyGuard.GUARDED.matcher("/engine-rest/task").matches()).isTrue();
		assertThat(ExpressionKeyGuard.GUARDED.matcher("/engine-rest/engine/default/task/count").matches()).isTrue();
		assertThat(ExpressionKeyGuard.GUARDED.matcher("/engine-rest/filter/abc/list").matches()).isTrue();
		assertThat(ExpressionKeyGuard.GUARDED.matcher("/camunda/api/engine/engine/default/task").matches()).isTrue();
		assertThat(ExpressionKeyGuard.GUARDED.matcher("/camunda/api/engine/engine/default/filter/create").matches())
			.isTrue();
		assertThat(ExpressionKeyGuard.GUARDED.matcher("/engine-rest/task/123/complete").matches()).isFalse();
	}

	private JsonNode tree(String text) throws Exception {
		return this.json.readTree(text);
	}

}
