package org.cirm.desk.internal;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The officer's start page after login: who they are, their groups, and where to work.
 */
@Controller
class OfficerHomeController {

	@GetMapping("/officer")
	String home(Authentication officer, Model model) {
		model.addAttribute("officer", ((Principal) officer).getName());
		model.addAttribute("groups", OfficerGroups.of(officer).stream().sorted().toList());
		return "desk/officer-home";
	}

}
