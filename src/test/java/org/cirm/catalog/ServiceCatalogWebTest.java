package org.cirm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.RepositoryService;
import org.cirm.testing.Browser;
import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public catalog and Citizen's Manuals, open to anyone: a service a process owner
 * deploys appears with no Java change, and a new version says what changed while the old
 * version's manual stays available.
 */
@CirmWebTest
class ServiceCatalogWebTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Test
	void anyoneReadsTheComplaintServicesManualInThaiWithEnglish() {
		Browser citizen = new Browser(this.port);

		HttpResponse<String> catalog = citizen.get("/api/services", "Accept", "application/json");
		HttpResponse<String> manual = citizen.get("/services/complaint");

		assertThat(catalog.statusCode()).isEqualTo(200);
		assertThat(catalog.body()).contains("\"code\":\"complaint\"", "\"timeLimitDays\":30");
		assertThat(manual.statusCode()).isEqualTo(200);
		assertThat(manual.body()).contains("คู่มือสำหรับประชาชน: ร้องเรียน/ร้องทุกข์", "Citizen&#39;s Manual",
				"ไม่เสียค่าธรรมเนียม", "No fee", "ขั้นตอนต่อไปนี้ดำเนินการพร้อมกัน", "คัดกรองเรื่องร้องเรียน",
				"15 วันทำการ", "ไม่ต้องใช้สำเนา", "สายด่วน 1111", "ศูนย์ดำรงธรรม");
	}

	@Test
	void theThreeServicesHaveCompleteManualsWithTheirAgenciesSideBySide() {
		Browser citizen = new Browser(this.port);

		assertThat(citizen.get("/api/services", "Accept", "application/json").body()).contains("\"code\":\"complaint\"",
				"\"code\":\"elderly-allowance\"", "\"code\":\"restaurant-opening\"");
		assertThat(citizen.get("/services/restaurant-opening").body()).contains("500 บาท", "500 baht",
				"ขั้นตอนต่อไปนี้ดำเนินการพร้อมกัน", "จดทะเบียนพาณิชย์", "นัดและตรวจสถานที่", "ตรวจความครบถ้วนของคำขอ",
				"15 วันทำการ");
		assertThat(citizen.get("/services/elderly-allowance").body()).contains("ไม่เสียค่าธรรมเนียม",
				"ตรวจสอบทะเบียนราษฎร", "ตรวจสอบการรับบำนาญ", "ไม่ต้องใช้สำเนา", "สมุดบัญชีเงินฝากธนาคาร");
	}

	@Test
	void aServiceDeployedAsAModelAppearsAndANewVersionSaysWhatChanged() {
		deploy("models/street-vending-v1.bpmn");
		Browser citizen = new Browser(this.port);
		assertThat(citizen.get("/services").body()).contains("ขออนุญาตจำหน่ายสินค้าในที่สาธารณะ", "100 บาท");

		deploy("models/street-vending-v2.bpmn");
		HttpResponse<String> latest = citizen.get("/services/street-vending");
		HttpResponse<String> first = citizen.get("/services/street-vending/versions/1");
		HttpResponse<String> json = citizen.get("/api/services/street-vending", "Accept", "application/json");

		assertThat(latest.body()).contains("สิ่งที่เปลี่ยนจากฉบับก่อน", "ขั้นตอนใหม่: ตรวจสถานที่",
				"พิจารณาคำขอ: จาก 5 เป็น 3 วันทำการ", "ค่าธรรมเนียมเปลี่ยนจาก 100 บาท เป็น 200 บาท",
				"Fee changed from 100 baht to 200 baht", "Document added: Plan of the selling spot");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(citizen.get("/api/services/street-vending/versions/0", "Accept", "application/json").statusCode())
			.as("no version 0, nor below")
			.isEqualTo(404);
		assertThat(first.body()).contains("100 บาท", "ฉบับปัจจุบัน").doesNotContain("ตรวจสถานที่");
		assertThat(json.body()).contains("\"version\":2", "\"changes\":[");
	}

	@Test
	void anUnknownServiceIsAClearNotFound() {
		HttpResponse<String> unknown = new Browser(this.port).get("/api/services/no-such-service", "Accept",
				"application/json");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	private void deploy(String model) {
		this.repository.createDeployment().name("street-vending").addClasspathResource(model).deploy();
	}

}
