package org.cirm.servicerequest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * "My requests": all of a citizen's requests, across agencies, for a citizen who proves
 * who they are without an account: national ID and birth date, then a one-time code sent
 * to the phone or e-mail on file. Answers never tell whether the details matched a
 * registered citizen; failures count against the client like tracking look-ups.
 */
public interface MyRequests {

	/**
	 * Sends a one-time code to the citizen with this ID and birth date, if there is one.
	 * @return the challenge the code answers (the same answer either way)
	 * @throws IllegalArgumentException for a national ID that cannot be one, with the
	 * reason in Thai and English
	 * @throws TooManyAttemptsException while the client is blocked
	 */
	String sendCode(String nationalId, LocalDate birthDate, String client);

	/**
	 * The citizen's reference, if the code answers the challenge: once, within ten
	 * minutes, and within five tries.
	 * @throws TooManyAttemptsException while the client is blocked
	 */
	Optional<String> verify(String challenge, String code, String client);

}
