package org.cirm.platform.internal.security;

import java.util.function.Supplier;

import org.cirm.platform.Roles;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The login of the officers' side (form login, webapps, their API, our officer pages): an
 * agency system's worker account is refused at sign-in, and any request made as one is
 * refused too. Worker accounts use HTTP Basic on {@code /engine-rest} only, where
 * {@link AgencyWorkerGuard} keeps them to their topics.
 */
final class OfficersOnly implements AuthenticationProvider {

	/** Signed in, and not as an agency system. */
	static final AuthorizationManager<RequestAuthorizationContext> AUTHORIZATION = OfficersOnly::decide;

	private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

	private final AuthenticationProvider identity;

	OfficersOnly(AuthenticationProvider identity) {
		this.identity = identity;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		Authentication officer = this.identity.authenticate(attempt);
		if (Roles.isWorker(officer)) {
			throw new DisabledException("Agency system accounts cannot sign in here");
		}
		return officer;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.identity.supports(authentication);
	}

	private static AuthorizationDecision decide(Supplier<Authentication> caller, RequestAuthorizationContext request) {
		Authentication who = caller.get();
		return new AuthorizationDecision(TRUST.isAuthenticated(who) && !Roles.isWorker(who));
	}

}
