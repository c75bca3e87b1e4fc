package org.cirm.agency.internal.callback;

import java.util.List;

import org.cirm.platform.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lets an administrator inspect the callbacks that were kept but not taken: those that
 * answer nothing we sent, and those whose case was not waiting (the agency should send
 * them again).
 */
@RestController
class CallbackInspectionApi {

	private static final int MOST = 500;

	private final CallbackInbox inbox;

	CallbackInspectionApi(CallbackInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/officer/api/agency-callbacks")
	List<CallbackInbox.KeptCallback> kept(@RequestParam(defaultValue = "NOT_WAITING") CallbackInbox.Status status,
			Authentication officer) {
		if (!Roles.belongsToAny(officer, Roles.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Administrators only");
		}
		return this.inbox.inState(status, MOST);
	}

}
