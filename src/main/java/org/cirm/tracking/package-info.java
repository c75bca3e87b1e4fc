/**
 * Tracking: the public portal, citizen-facing step tracking (pages and JSON), and the
 * Open311 GeoReport v2 facade. Public pages only; never engine ids in URLs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking",
		allowedDependencies = { "servicerequest", "catalog", "sla", "platform" })
package org.cirm.tracking;
