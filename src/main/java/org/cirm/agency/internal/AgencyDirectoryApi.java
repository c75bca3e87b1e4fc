package org.cirm.agency.internal;

import java.util.List;

import org.cirm.agency.Handoff;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency directory and a case's hand-off receipts for officers, as JSON. Neither
 * holds personal data: receipts keep a payload's hash, never the payload.
 */
@RestController
class AgencyDirectoryApi {

	private final AgencyDirectoryView directory;

	private final HandoffReceipts receipts;

	AgencyDirectoryApi(AgencyDirectoryView directory, HandoffReceipts receipts) {
		this.directory = directory;
		this.receipts = receipts;
	}

	@GetMapping("/officer/api/agencies")
	List<AgencyDirectoryView.Entry> agencies() {
		return this.directory.entries();
	}

	/** Who has had the case and since when, oldest first. */
	@GetMapping("/officer/api/handoffs")
	List<Handoff> handoffs(@RequestParam String processInstanceId) {
		return this.receipts.of(processInstanceId);
	}

}
