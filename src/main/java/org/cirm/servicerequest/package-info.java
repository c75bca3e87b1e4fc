/**
 * Service requests: the request record, intake and idempotency, process start, and the
 * models' delegates and listeners, one package per public service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service request",
		allowedDependencies = { "citizen", "agency", "catalog", "sla", "audit", "platform" })
package org.cirm.servicerequest;
