package org.cirm.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.cirm.testing.CirmWebTest;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

@CirmWebTest
class EngineRestSecurityTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void anonymousCallsToTheEngineApiGet401() {
		for (String path : List.of("/engine-rest/task", "/engine-rest/deployment", "/engine-rest/engine/default/task",
				"/engine-rest/history/process-instance")) {
			assertThat(this.http.getForEntity(path, String.class).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
	}

	@Test
	void anonymousCallsToTheWebappApisGet401() {
		for (String path : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/admin/auth/user/default",
				"/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
			assertThat(this.http.getForEntity(path, String.class).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
		}
	}

	@Test
	void aWrongPasswordGets401() {
		assertThat(new EngineRest(this.http, "cgd", "guess").get("/task").getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anOfficerSeesAndCompletesOnlyTheirOwnAgencysSteps() {
		String complaint = as("counter").start("ComplaintProcess", Complaints.potholeByHotline());
		as("centre").submitTaskForm(as("centre").onlyTaskOf(complaint), Complaints.forwardTo("municipality"));

		String handling = as("muni").onlyTaskOf(complaint);
		assertThat(as("dopa").tasksOf(complaint)).isEmpty();
		assertThat(as("dopa").get("/task/" + handling).getStatusCode()).isIn(HttpStatus.FORBIDDEN,
				HttpStatus.NOT_FOUND);
		assertThat(as("dopa").submitTaskForm(handling, Complaints.resolved()).getStatusCode())
			.isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(
				as("dopa").list("/history/process-instance?firstResult=0&maxResults=5&processInstanceId=" + complaint))
			.isEmpty();
		assertThat(as("muni").tasksOf(complaint)).extracting(task -> task.get("taskDefinitionKey"))
			.containsExactly("Task_HandleComplaint");
	}

	@Test
	void refusesAnExpressionNestedInTheOrQueriesOfATaskQuery() {
		Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assigneeExpression", "${1 + 1}")));

		for (String path : List.of("/task", "/task/count", "/engine/default/task")) {
			ResponseEntity<String> response = as("centre").post(path, query);
			assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(response.getBody()).contains("orQueries[0].assigneeExpression");
		}
		assertThat(as("centre").get("/task?dueBeforeExpression=tomorrow").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void answersPlainTaskQueriesAsUsual() {
		Map<String, Object> query = Map.of("orQueries", List.of(Map.of("assignee", "muni")));

		ResponseEntity<String> response = as("centre").post("/task/count", query);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("count");
	}

	@Test
	void refusesExpressionsInFiltersAtAnyDepth() {
		Map<String, Object> nested = Map.of("orQueries",
				List.of(Map.of("orQueries", List.of(Map.of("candidateUserExpression", "${x}")))));
		ResponseEntity<String> created = as("admin").post("/filter/create",
				Map.of("resourceType", "Task", "name", "Sneaky", "query", nested));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(created.getBody()).contains("query.orQueries[0].orQueries[0].candidateUserExpression");

		String sharedFilter = (String) as("centre").list("/filter?firstResult=0&maxResults=5").get(0).get("id");
		ResponseEntity<String> listed = as("centre").post("/filter/" + sharedFilter + "/list", nested);
		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void acceptsFiltersWithTasklistsCurrentUserFunctions() {
		ResponseEntity<String> created = as("admin").post("/filter/create", Map.of("resourceType", "Task", "name",
				"Mine", "query", Map.of("candidateGroupsExpression", "${currentUserGroups()}")));

		assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void capsQueryResultsAtAThousandRows() {
		assertThat(as("centre").get("/task?firstResult=0&maxResults=5000").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(as("centre").get("/task?firstResult=0&maxResults=1000").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(as("centre").list("/group?type=agency")).hasSizeBetween(1, QueryResultLimit.MAX_RESULTS);
	}

	@Test
	void onlyProcessOwnersDeploy() {
		assertThat(deploy("muni").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(deploy("supervisor").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(deploy("owner").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private ResponseEntity<String> deploy(String user) {
		String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("OwnerChangeProcess")
			.camundaHistoryTimeToLive(1)
			.name("Owner change")
			.startEvent()
			.endEvent()
			.done());
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("deployment-name", "owner-change");
		body.add("data", new ByteArrayResource(bpmn.getBytes()) {
			@Override
			public String getFilename() {
				return "owner-change.bpmn";
			}
		});
		return as(user).post("/deployment/create", body);
	}

	private EngineRest as(String user) {
		return new EngineRest(this.http, user, "demo");
	}

}
