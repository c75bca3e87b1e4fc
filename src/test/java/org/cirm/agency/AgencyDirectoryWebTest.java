package org.cirm.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.cirm.testing.Complaints;
import org.cirm.testing.EngineRest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agency directory as application.yaml configures it, for officers. */
@CirmWebTest
class AgencyDirectoryWebTest {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Test
	void everyAgencyOfTheThreeServicesIsListedWithItsSystemButNoSecret() {
		Browser officer = new Browser(this.port);
		officer.login("muni", "demo");

		HttpResponse<String> directory = officer.get("/officer/api/agencies", "Accept", "application/json");

		assertThat(directory.statusCode()).isEqualTo(200);
		assertThat(directory.body())
			.contains("\"code\":\"dopa\"", "\"code\":\"dbd\"", "\"code\":\"municipality\"", "\"code\":\"rd\"",
					"\"code\":\"sso\"", "\"code\":\"cgd\"", "\"code\":\"payment\"", "\"code\":\"complaint-centre\"")
			.contains("\"credentials\":\"CIRM_AGENCY_DBD_API_KEY\"", "\"credentialsSet\":true",
					"\"baseUrl\":\"/sandbox/agencies/dbd\"", "\"enabled\":true", "\"circuit\":\"CLOSED\"",
					"\"workerGroup\":\"worker-complaint-centre\"")
			.doesNotContain("demo-key-dbd", "demo-callback-secret");
	}

	@Test
	void aComplaintsHandOffsShowWhichAgencyHadItAndSinceWhen() {
		String complaint = engine("hotline").start("ComplaintProcess", Complaints.potholeByHotline());
		engine("centre").completeOnlyTask(complaint, Complaints.forwardTo("municipality"));
		engine("centre-system").completeExternalTask(ComplaintCentre.RECORD_COMPLAINT_TOPIC, complaint,
				Map.of("centreCaseNumber", "1111-0000042"));
		Browser officer = new Browser(this.port);
		officer.login("supervisor", "demo");

		HttpResponse<String> handoffs = officer.get("/officer/api/handoffs?processInstanceId=" + complaint, "Accept",
				"application/json");
		HttpResponse<String> page = officer.get("/officer/handoffs?processInstanceId=" + complaint);

		assertThat(handoffs.statusCode()).isEqualTo(200);
		assertThat(handoffs.body())
			.contains("{\"agencyCode\":\"complaint-centre\",\"direction\":\"OUT\",\"operation\":\"tasklist\","
					+ "\"step\":\"Task_TriageComplaint\"")
			.contains("\"step\":\"Task_TriageComplaint\"", "\"outcome\":\"COMPLETED\"")
			.contains("{\"agencyCode\":\"municipality\",\"direction\":\"OUT\",\"operation\":\"tasklist\","
					+ "\"step\":\"Task_HandleComplaint\"")
			.contains("\"operation\":\"external-task\",\"step\":\"Task_RecordAtCentre\"");
		assertThat(page.body())
			.contains("การส่งต่อหน่วยงาน", "รอเจ้าหน้าที่หรือระบบของหน่วยงาน", "waiting for the agency")
			.doesNotContain("Task_HandleComplaint");
	}

	private EngineRest engine(String officer) {
		return new EngineRest(this.http, officer, "demo");
	}

	@Test
	void theDirectoryPageIsThaiFirstForOfficersAndClosedToStrangers() {
		Browser officer = new Browser(this.port);
		officer.login("counter", "demo");

		HttpResponse<String> page = officer.get("/officer/agencies");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("ทำเนียบหน่วยงาน", "กรมพัฒนาธุรกิจการค้า", "Government payment gateway",
				"CIRM_AGENCY_PAYMENT_CALLBACK_SECRET");
		assertThat(new Browser(this.port).get("/officer/api/agencies").statusCode()).isIn(302, 401);
	}

}
