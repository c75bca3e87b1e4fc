package org.cirm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Calls the engine REST API as a given officer, the way Tasklist, Modeler and agency
 * systems do.
 */
public final class EngineRest {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private final TestRestTemplate http;

	public EngineRest(TestRestTemplate http, String user, String password) {
		this.http = http.withBasicAuth(user, password);
	}

	/** As the officer, against a platform started with {@link Postgres#start}. */
	public static EngineRest on(ConfigurableApplicationContext app, String user, String password) {
		return new EngineRest(new TestRestTemplate(new RestTemplateBuilder().rootUri(Postgres.baseUrl(app))), user,
				password);
	}

	public ResponseEntity<String> post(String path, Object body) {
		return this.http.postForEntity("/engine-rest" + path, body, String.class);
	}

	public ResponseEntity<String> put(String path) {
		return this.http.exchange("/engine-rest" + path, HttpMethod.PUT, HttpEntity.EMPTY, String.class);
	}

	public ResponseEntity<String> put(String path, Object body) {
		return this.http.exchange("/engine-rest" + path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
	}

	public ResponseEntity<String> get(String path) {
		return this.http.getForEntity("/engine-rest" + path, String.class);
	}

	public List<Map<String, Object>> list(String path) {
		ResponseEntity<List<Map<String, Object>>> response = this.http.exchange("/engine-rest" + path, HttpMethod.GET,
				HttpEntity.EMPTY, LIST);
		if (!response.getStatusCode().is2xxSuccessful()) {
			throw new AssertionError("GET " + path + " answered " + response.getStatusCode());
		}
		return response.getBody();
	}

	/**
	 * Starts a process from its start form, as Tasklist does; answers the engine's
	 * response.
	 */
	public ResponseEntity<String> submitStartForm(String processKey, Map<String, Object> values) {
		return post("/process-definition/key/" + processKey + "/submit-form", Map.of("variables", typed(values)));
	}

	/** Completes a task with its form values, as Tasklist does. */
	public ResponseEntity<String> submitTaskForm(String taskId, Map<String, Object> values) {
		return post("/task/" + taskId + "/submit-form", Map.of("variables", typed(values)));
	}

	public List<Map<String, Object>> tasksOf(String processInstanceId) {
		return list("/task?processInstanceId=" + processInstanceId + "&firstResult=0&maxResults=10");
	}

	/** Starts a process from its start form and answers the new instance's id. */
	public String start(String processKey, Map<String, Object> values) {
		ResponseEntity<String> started = submitStartForm(processKey, values);
		assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
		return started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
	}

	/** The one task of the process instance this officer may see. */
	public String onlyTaskOf(String processInstanceId) {
		List<Map<String, Object>> tasks = tasksOf(processInstanceId);
		assertThat(tasks).hasSize(1);
		return (String) tasks.get(0).get("id");
	}

	/**
	 * Completes the one task of the process instance this officer may see, with its form
	 * values.
	 */
	public void completeOnlyTask(String processInstanceId, Map<String, Object> values) {
		ResponseEntity<String> response = submitTaskForm(onlyTaskOf(processInstanceId), values);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	/**
	 * Does what an agency's worker does for one case: fetches and locks the topic's
	 * external tasks, completes the case's one with the values, and unlocks the rest.
	 */
	public void completeExternalTask(String topic, String processInstanceId, Map<String, Object> values) {
		var fetched = this.http.exchange("/engine-rest/external-task/fetchAndLock", HttpMethod.POST,
				new HttpEntity<>(Map.of("workerId", "test-worker", "maxTasks", 100, "topics",
						List.of(Map.of("topicName", topic, "lockDuration", 10_000)))),
				LIST);
		assertThat(fetched.getStatusCode().is2xxSuccessful()).isTrue();
		boolean completed = false;
		for (Map<String, Object> task : fetched.getBody()) {
			boolean ours = processInstanceId.equals(task.get("processInstanceId"));
			var answer = post("/external-task/" + task.get("id") + (ours ? "/complete" : "/unlock"),
					ours ? Map.of("workerId", "test-worker", "variables", typed(values)) : Map.of());
			assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
			completed |= ours;
		}
		assertThat(completed).as("an external task of " + topic + " for the case").isTrue();
	}

	/**
	 * Fires the case's one waiting model timer now, as an operator can from Cockpit (the
	 * service-level timers, which belong to no job definition, wait on).
	 */
	public void fireTimerOf(String processInstanceId) {
		List<Map<String, Object>> timers = list("/job?timers=true&processInstanceId=" + processInstanceId).stream()
			.filter(timer -> timer.get("jobDefinitionId") != null)
			.toList();
		assertThat(timers).as("one timer of the model waiting").hasSize(1);
		var fired = post("/job/" + timers.get(0).get("id") + "/execute", null);
		assertThat(fired.getStatusCode().is2xxSuccessful()).as(fired.getBody()).isTrue();
	}

	/** Delivers a message to the case, e.g. the citizen's rating. */
	public void correlate(String message, String processInstanceId, Map<String, Object> values) {
		var delivered = post("/message", Map.of("messageName", message, "processInstanceId", processInstanceId,
				"processVariables", typed(values)));
		assertThat(delivered.getStatusCode().is2xxSuccessful()).as(delivered.getBody()).isTrue();
	}

	private static Map<String, Object> typed(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return variables;
	}

}
