/**
 * Notifications: the outbox, e-mail (SMTP) and SMS adapters, and Thai/English templates,
 * reacting to service-request events after commit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
		allowedDependencies = { "servicerequest", "citizen", "platform" })
package org.cirm.notification;
