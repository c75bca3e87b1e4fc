package org.cirm.platform.internal.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.cirm.platform.Roles;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks officers' passwords against Camunda's identity store, so that one set of
 * accounts, managed in Camunda Admin, serves the webapps, the REST API and our own pages.
 * The engine counts failed attempts and locks an account that keeps failing.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

	private final IdentityService identity;

	CamundaIdentityAuthentication(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String userId = attempt.getName();
		String password = String.valueOf(attempt.getCredentials());
		if (userId == null || userId.isBlank() || !this.identity.checkPassword(userId, password)) {
			throw new BadCredentialsException("Wrong user name or password");
		}
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, groupsOf(userId));
	}

	private List<GrantedAuthority> groupsOf(String userId) {
		return this.identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.<GrantedAuthority>map(group -> new SimpleGrantedAuthority(Roles.authority(group.getId())))
			.toList();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
