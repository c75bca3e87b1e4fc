package org.cirm.desk.internal;

import java.util.List;

import org.cirm.citizen.CitizenRef;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.ServiceRequests;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /officer/api/tasks/{taskId}/applicant}: for the officer who may work the
 * task now, the applicant's name, address and phone from the registry (Tasklist's
 * "ผู้ยื่น / Applicant" tab), so a reviewer checks residence or calls the owner without
 * copying a reference. Read at view time, never stored in the case, and audited.
 */
@RestController
class TaskApplicantApi {

	private final ServiceRequests requests;

	private final Citizen360 desk;

	TaskApplicantApi(ServiceRequests requests, Citizen360 desk) {
		this.requests = requests;
		this.desk = desk;
	}

	@GetMapping("/officer/api/tasks/{taskId}/applicant")
	Citizen360.Applicant applicant(@PathVariable String taskId, Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		return this.requests.applicantOfTask(taskId, officer.getName(), List.copyOf(OfficerGroups.of(officer)))
			.flatMap(CitizenRef::parse)
			.flatMap(ref -> this.desk.applicantForReview(ref, officer.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					Texts.of("desk.task.no-applicant").toString()));
	}

}
