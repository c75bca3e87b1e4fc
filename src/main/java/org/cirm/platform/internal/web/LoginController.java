package org.cirm.platform.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page for officers, in front of our pages and the Camunda webapps. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
