/**
 * Notifications: the outbox, e-mail (SMTP) and SMS adapters, and Thai/English templates,
 * reacting to service-request and service-level events (delay notices, deadline alerts)
 * after commit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "servicerequest", "citizen", "sla", "platform" })
package org.cirm.notification;
