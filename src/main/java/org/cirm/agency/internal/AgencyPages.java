package org.cirm.agency.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officer pages of the agency directory and of a case's hand-offs. */
@Controller
class AgencyPages {

	private final AgencyDirectoryView directory;

	private final HandoffReceipts receipts;

	AgencyPages(AgencyDirectoryView directory, HandoffReceipts receipts) {
		this.directory = directory;
		this.receipts = receipts;
	}

	@GetMapping("/officer/agencies")
	String agencies(Model model) {
		model.addAttribute("agencies", this.directory.entries());
		return "agency/directory";
	}

	@GetMapping("/officer/handoffs")
	String handoffs(@RequestParam String processInstanceId, Model model) {
		model.addAttribute("handoffs", this.receipts.of(processInstanceId));
		return "agency/handoffs";
	}

}
