package org.cirm.desk.internal;

import java.security.Principal;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
		model.addAttribute("groups", groupsOf(officer));
		return "desk/officer-home";
	}

	private static List<String> groupsOf(Authentication officer) {
		return officer.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("GROUP_"))
			.map(authority -> authority.substring("GROUP_".length()))
			.sorted()
			.toList();
	}

}
