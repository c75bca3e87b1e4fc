package org.cirm.desk.internal;

import org.cirm.citizen.CitizenRegisteredConcurrentlyException;
import org.cirm.citizen.CivilRegistryUnavailableException;
import org.cirm.citizen.IdentityNotVerifiedException;
import org.cirm.citizen.InvalidNationalIdException;
import org.cirm.platform.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the Citizen 360 API tells officers what was wrong: problem details, Thai and
 * English.
 */
@RestControllerAdvice(assignableTypes = Citizen360Api.class)
class Citizen360Errors {

	@ExceptionHandler
	ProblemDetail registeredConcurrently(CitizenRegisteredConcurrentlyException concurrently) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, concurrently.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidNationalId(InvalidNationalIdException invalid) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
		problem.setTitle(Texts.of("national-id.invalid").toString());
		problem.setProperty("reason", invalid.reason());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notVerified(IdentityNotVerifiedException notVerified) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				notVerified.getMessage());
		problem.setTitle(Texts.of("identity-not-verified.title").toString());
		problem.setProperty("reason", notVerified.reason());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail registryUnavailable(CivilRegistryUnavailableException unavailable) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, unavailable.getMessage());
	}

}
