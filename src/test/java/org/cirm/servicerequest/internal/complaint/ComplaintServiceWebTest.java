package org.cirm.servicerequest.internal.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.cirm.agency.ComplaintCentre;
import org.cirm.testing.CirmWebTest;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The complaint service end to end through the engine REST API that Tasklist uses:
 * received at the hotline, triaged by the complaint centre, handled by the municipality,
 * closed, and its history readable afterwards.
 */
@CirmWebTest
class ComplaintServiceWebTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void aComplaintIsReceivedHandledByTwoAgenciesAndClosedWithItsOutcomeInHistory() {
		String complaint = as("hotline").start(ComplaintProcess.KEY, Complaints.potholeByHotline());

		as("centre").completeOnlyTask(complaint, Complaints.forwardTo("municipality"));
		as("muni").completeOnlyTask(complaint, Complaints.resolved());
		as("centre").completeOnlyTask(complaint, Complaints.accepted());
		as("centre-system").completeExternalTask(ComplaintCentre.RECORD_COMPLAINT_TOPIC, complaint,
				Map.of("centreCaseNumber", "1111-0000042"));
		as("admin").fireTimerOf(complaint);
		as("admin").correlate(ComplaintProcess.RATED, complaint, Map.of("satisfaction", 4));

		EngineRest supervisor = as("supervisor");
		assertThat(supervisor.list(history("/history/process-instance?processInstanceId=" + complaint)))
			.extracting(instance -> instance.get("state"))
			.containsExactly("COMPLETED");
		assertThat(supervisor.list(history(
				"/history/activity-instance?processInstanceId=" + complaint + "&sortBy=startTime&sortOrder=asc")))
			.extracting(step -> step.get("activityId"))
			.containsSubsequence("Task_TriageComplaint", "Task_HandleComplaint", "Task_ReviewOutcome",
					"Event_DisputeWindowPassed")
			// The last two can start within the same millisecond.
			.contains("Event_Rated", "Event_ComplaintClosed");
		assertThat(supervisor
			.list(history("/history/variable-instance?processInstanceIdIn=" + complaint + "&variableName=actionTaken")))
			.extracting(variable -> variable.get("value"))
			.containsExactly("Crew filled the pothole");
	}

	@Test
	void onlyReceivingOfficersMayStartAComplaint() {
		ResponseEntity<String> response = as("muni").submitStartForm(ComplaintProcess.KEY,
				Complaints.potholeByHotline());

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aComplaintWithoutDetailsIsRefusedWithAClearMessageAndNothingStarts() {
		Map<String, Object> values = Complaints.potholeByHotline();
		values.remove("details");
		long before = as("supervisor").list(history("/history/process-instance?processDefinitionKey=ComplaintProcess"))
			.size();

		ResponseEntity<String> response = as("counter").submitStartForm(ComplaintProcess.KEY, values);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		// The model's words alone, without the REST API's technical prefix.
		assertThat(response.getBody()).contains("\"message\":\"ต้องระบุรายละเอียด / The details are required")
			.doesNotContain("Cannot instantiate");
		assertThat(as("supervisor").list(history("/history/process-instance?processDefinitionKey=ComplaintProcess")))
			.hasSize((int) before);
	}

	@Test
	void forwardingWithoutAnAgencyIsRefusedAndTheStepStaysOpen() {
		String complaint = as("counter").start(ComplaintProcess.KEY, Complaints.potholeByHotline());
		String triage = as("centre").onlyTaskOf(complaint);

		ResponseEntity<String> response = as("centre").submitTaskForm(triage, Map.of("triageDecision", "FORWARD"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody()).contains("Choose the responsible agency").doesNotContain("Cannot submit");
		assertThat(as("centre").onlyTaskOf(complaint)).isEqualTo(triage);
	}

	private static String history(String query) {
		return query + "&firstResult=0&maxResults=50";
	}

	private EngineRest as(String user) {
		return new EngineRest(this.http, user, "demo");
	}

}
