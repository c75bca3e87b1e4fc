package org.cirm.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.CitizensManual.Document;
import org.cirm.catalog.CitizensManual.Source;
import org.cirm.catalog.CitizensManual.Step;
import org.junit.jupiter.api.Test;

/** The complaint service's manual, read from its model the way the catalog reads it. */
class ManualReaderTest {

	private final CitizensManual complaint = Models.manualOf("processes/complaint/complaint.bpmn");

	@Test
	void readsTheServicesFactsFromTheModel() {
		assertThat(this.complaint.code()).isEqualTo("complaint");
		assertThat(this.complaint.name().th()).isEqualTo("ร้องเรียน/ร้องทุกข์");
		assertThat(this.complaint.name().en()).isEqualTo("Complaint or petition");
		assertThat(this.complaint.owner().code()).isEqualTo("complaint-centre");
		assertThat(this.complaint.channels()).containsExactly("COUNTER", "HOTLINE", "WEB");
		assertThat(this.complaint.fee().none()).isTrue();
		assertThat(this.complaint.timeLimitDays()).isEqualTo(30);
		assertThat(this.complaint.legalBasis().en()).contains("Royal Decree on Good Governance");
		assertThat(this.complaint.complaintChannel().th()).contains("1111");
	}

	@Test
	void marksWhichDocumentsTheCitizenBringsAndWhichTheAgencyFetchesByNationalId() {
		assertThat(this.complaint.documents()).extracting(Document::source)
			.containsExactly(Source.FETCHED_BY_ID, Source.CITIZEN_BRINGS);
	}

	@Test
	void showsTheCentresRecordingSideBySideWithTriageHandlingAndReview() {
		assertThat(this.complaint.stages()).singleElement().satisfies(stage -> {
			assertThat(stage.parallel()).isTrue();
			assertThat(stage.branches()).map(branch -> branch.stream().map(Step::id).toList())
				.containsExactly(List.of("Task_TriageComplaint", "Task_HandleComplaint", "Task_ReviewOutcome"),
						List.of("Task_RecordAtCentre"));
		});
		assertThat(this.complaint.stepDays()).as("the longest branch: 1 + 15 + 2").isEqualTo(18);
	}

	@Test
	void theRestaurantsAgenciesWorkSideBySideBetweenTheCountersCheckAndThePayment() {
		CitizensManual restaurant = Models.manualOf("processes/restaurant-opening/restaurant-opening.bpmn");

		assertThat(restaurant.stages())
			.extracting(stage -> stage.branches().stream().map(branch -> branch.get(0).id()).toList())
			.containsExactly(List.of("Task_CheckCompleteness"),
					List.of("Task_RegisterBusiness", "Task_InspectPremises"), List.of("Task_OpenFeePayment"),
					List.of("Task_HandOverResult"));
		assertThat(restaurant.fee().baht()).isEqualTo(500);
		assertThat(restaurant.stepDays()).as("1 + max(1 + 1 + 3 + 3, 7 + 3) + 1 + 1").isEqualTo(13);
	}

	@Test
	void aStepDoneByTheAgencyChosenDuringTheCaseSaysSo() {
		Step handling = this.complaint.steps()
			.stream()
			.filter(step -> step.id().equals("Task_HandleComplaint"))
			.findFirst()
			.orElseThrow();

		assertThat(handling.agency().code()).isEqualTo("RESPONSIBLE");
		assertThat(handling.agency().name().en()).isEqualTo("the agency responsible for the matter");
		assertThat(handling.timeLimitDays()).isEqualTo(15);
		assertThat(handling.description().th()).startsWith("หน่วยงานที่รับผิดชอบ");
	}

	@Test
	void aModelWithoutAServiceCodeIsNoPublicService() {
		assertThat(Models.manualOf(
				Models.read(new org.springframework.core.io.ClassPathResource("models/agency-handoff-test.bpmn"))))
			.isEmpty();
	}

}
