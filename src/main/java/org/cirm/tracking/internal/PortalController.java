package org.cirm.tracking.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The citizen portal's front page: public, no login. */
@Controller
class PortalController {

	@GetMapping("/")
	String home() {
		return "tracking/portal-home";
	}

}
