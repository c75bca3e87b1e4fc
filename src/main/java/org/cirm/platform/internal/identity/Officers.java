package org.cirm.platform.internal.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Creates officer accounts in Camunda's identity store, for the bootstrap admin and the
 * demo.
 */
@Component
class Officers {

	private final IdentityService identity;

	Officers(IdentityService identity) {
		this.identity = identity;
	}

	boolean anyMemberOf(String group) {
		return this.identity.createUserQuery().memberOfGroup(group).count() > 0;
	}

	/**
	 * Creates the account unless it exists, and adds it to the groups it is not yet in.
	 */
	void ensure(String id, String firstName, String lastName, String email, String password, List<String> groups) {
		if (this.identity.createUserQuery().userId(id).count() == 0) {
			User user = this.identity.newUser(id);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEmail(email);
			user.setPassword(password);
			this.identity.saveUser(user);
		}
		for (String group : groups) {
			if (this.identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				this.identity.createMembership(id, group);
			}
		}
	}

}
