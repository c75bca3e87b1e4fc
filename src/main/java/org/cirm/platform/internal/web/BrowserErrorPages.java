package org.cirm.platform.internal.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A page that does not exist (an unknown service, a mistyped address) answers a person
 * with the site's own error page, in Thai with English; a program asking for JSON still
 * gets the problem details. Controllers' own exception handlers come first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class BrowserErrorPages {

	@ExceptionHandler({ ResponseStatusException.class, NoResourceFoundException.class })
	Object pageOrProblem(Exception failure, HttpServletRequest request) {
		ErrorResponse error = (ErrorResponse) failure;
		if (wantsPage(request)) {
			ModelAndView page = new ModelAndView("error", Map.of("status", error.getStatusCode().value()));
			page.setStatus(error.getStatusCode());
			return page;
		}
		return ResponseEntity.status(error.getStatusCode()).body(error.getBody());
	}

	private static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

}
