/**
 * Desk: the officers' own pages, Citizen 360 and the contact log for counter, hotline and
 * agency officers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Desk", allowedDependencies = { "citizen",
		"servicerequest", "catalog", "feedback", "sla", "notification", "audit", "platform" })
package org.cirm.desk;
