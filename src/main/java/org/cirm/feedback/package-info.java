/**
 * Feedback: satisfaction ratings per request and per agency step, and disputes that
 * reopen a closed request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback",
		allowedDependencies = { "servicerequest", "citizen", "platform" })
package org.cirm.feedback;
