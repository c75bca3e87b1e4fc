package org.cirm.platform.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.cirm.testing.CirmWebTest;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The shared filters show each officer their own agency's steps, as Tasklist runs them.
 */
@CirmWebTest
class TasklistFiltersTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void myAgencysTasksShowsTheStepsOfTheOfficersOwnAgency() {
		assertThat(stepsInMyAgencyFilter("centre")).isNotEmpty()
			.containsOnly("Task_TriageComplaint", "Task_ReviewOutcome");
		assertThat(stepsInMyAgencyFilter("muni")).isNotEmpty().containsOnly("Task_HandleComplaint");
		assertThat(stepsInMyAgencyFilter("dopa")).isEmpty();
	}

	@Test
	void everyOfficerSeesTheSharedFilters() {
		assertThat(new EngineRest(this.http, "dbd", "demo").list("/filter?firstResult=0&maxResults=10"))
			.extracting(filter -> (String) filter.get("name"))
			.contains("งานของหน่วยงาน / My agency's tasks", "งานที่ฉันรับไว้ / My claimed tasks");
	}

	private List<String> stepsInMyAgencyFilter(String officer) {
		EngineRest rest = new EngineRest(this.http, officer, "demo");
		String filter = rest.list("/filter?firstResult=0&maxResults=10")
			.stream()
			.filter(candidate -> ((String) candidate.get("name")).contains("My agency's tasks"))
			.map(candidate -> (String) candidate.get("id"))
			.findFirst()
			.orElseThrow();
		ResponseEntity<String> tasks = rest.post("/filter/" + filter + "/list?firstResult=0&maxResults=100", Map.of());
		assertThat(tasks.getStatusCode().is2xxSuccessful()).as(tasks.getBody()).isTrue();
		return List.of(tasks.getBody().split("\"taskDefinitionKey\":\""))
			.stream()
			.skip(1)
			.map(rest2 -> rest2.substring(0, rest2.indexOf('"')))
			.toList();
	}

}
