package org.cirm.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One login for the officer pages and the Camunda webapps; citizen pages stay public. */
@CirmWebTest
class OfficerLoginTest {

	@LocalServerPort
	int port;

	@Test
	void citizenPagesAndTheLoginPageArePublicAndBilingual() {
		Browser citizen = new Browser(this.port);

		assertThat(citizen.get("/").body()).contains("ศูนย์บริการประชาชน", "One-Stop Service for citizens");
		assertThat(citizen.get("/login").body()).contains("เข้าสู่ระบบ", "Officer login");
		assertThat(citizen.get("/actuator/health", "Accept", "application/json").body()).contains("UP");
	}

	@Test
	void officerPagesAndWebappsSendAnonymousVisitorsToTheLoginPage() {
		Browser anonymous = new Browser(this.port);

		for (String page : new String[] { "/officer", "/camunda/app/tasklist/", "/camunda/app/cockpit/default/" }) {
			HttpResponse<String> response = anonymous.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page)
				.hasValueSatisfying(l -> l.endsWith("/login"));
		}
	}

	@Test
	void oneLoginOpensOurPagesTasklistAndTheWebappApi() {
		Browser officer = new Browser(this.port);

		HttpResponse<String> login = officer.login("centre", "demo");

		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/officer"));
		assertThat(officer.get("/officer").body()).contains("centre", "agency-complaint-centre");
		HttpResponse<String> tasklist = officer.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).as(tasklist.headers().map().toString()).isEqualTo(200);
		assertThat(officer.get("/camunda/api/admin/auth/user/default", "Accept", "application/json").body())
			.contains("\"userId\":\"centre\"", "tasklist");
		HttpResponse<String> tasks = officer.get("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15",
				"Accept", "application/json");
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).contains("Task_TriageComplaint");
	}

	@Test
	void aLoginWithoutTheCsrfTokenIsRefused() {
		Browser forger = new Browser(this.port);

		HttpResponse<String> response = forger.postForm("/login", Map.of("username", "centre", "password", "demo"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(forger.get("/officer").statusCode()).isEqualTo(302);
	}

	@Test
	void aWrongPasswordReturnsToTheLoginPageWithAMessage() {
		Browser officer = new Browser(this.port);

		HttpResponse<String> response = officer.login("rd", "not-the-password");

		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/login?error"));
		assertThat(officer.get("/login?error").body()).contains("Wrong user name or password");
	}

	@Test
	void theWebappsLogoutEndsTheOneSession() {
		Browser officer = new Browser(this.port);
		officer.login("muni", "demo");
		officer.get("/camunda/app/tasklist/default/");

		HttpResponse<String> logout = officer.postToWebappApi("/camunda/api/admin/auth/user/default/logout", "{}");

		assertThat(logout.statusCode()).isEqualTo(204);
		assertThat(officer.get("/officer").statusCode()).isEqualTo(302);
	}

	@Test
	void camundasFirstAdminSetupIsClosedEvenToOfficers() {
		Browser officer = new Browser(this.port);
		officer.login("centre", "demo");
		officer.get("/camunda/app/admin/default/");

		HttpResponse<String> setup = officer.postToWebappApi("/camunda/api/admin/setup/default/user/create",
				"{\"profile\":{\"id\":\"evil\"},\"credentials\":{\"password\":\"evil-password-1!\"}}");

		assertThat(setup.statusCode()).isEqualTo(403);
	}

	@Test
	void operationalEndpointsBeyondHealthAreForAdministrators() {
		Browser officer = new Browser(this.port);
		officer.login("muni", "demo");
		assertThat(officer.get("/actuator/metrics", "Accept", "application/json").statusCode()).isEqualTo(403);

		Browser admin = new Browser(this.port);
		admin.login("admin", "demo");
		assertThat(admin.get("/actuator/metrics", "Accept", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void ourPagesForbidForeignContentWhileTheWebappsKeepTheirOwnPolicy() {
		Browser officer = new Browser(this.port);
		assertThat(officer.get("/login").headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'"));

		officer.login("centre", "demo");
		List<String> webappPolicies = officer.get("/camunda/app/tasklist/default/")
			.headers()
			.allValues("Content-Security-Policy");
		assertThat(webappPolicies).hasSize(1).allSatisfy(policy -> assertThat(policy).contains("nonce-"));
	}

	@Test
	void theDemoSendsNoHsts() {
		HttpResponse<String> response = new Browser(this.port).get("/login");

		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
