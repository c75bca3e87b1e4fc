package org.cirm.agency.internal;

import java.util.stream.Collectors;

import org.cirm.agency.Agency;
import org.cirm.agency.AgencyDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officer pages of the agency directory and of a case's hand-offs. */
@Controller
class AgencyPages {

	private final AgencyDirectoryView directory;

	private final HandoffReceipts receipts;

	private final AgencyDirectory agencies;

	AgencyPages(AgencyDirectoryView directory, HandoffReceipts receipts, AgencyDirectory agencies) {
		this.directory = directory;
		this.receipts = receipts;
		this.agencies = agencies;
	}

	@GetMapping("/officer/agencies")
	String agencies(Model model) {
		model.addAttribute("agencies", this.directory.entries());
		return "agency/directory";
	}

	@GetMapping("/officer/handoffs")
	String handoffs(@RequestParam String processInstanceId, Model model) {
		model.addAttribute("handoffs", this.receipts.of(processInstanceId));
		model.addAttribute("agencyNames",
				this.agencies.agencies()
					.stream()
					.collect(Collectors.toMap(Agency::code, agency -> agency.nameTh() + " / " + agency.nameEn())));
		return "agency/handoffs";
	}

}
