/**
 * Insight: dashboards, SLA compliance, consistency across counters and officers,
 * predictions and forecasts, on the read side.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight",
		allowedDependencies = { "servicerequest", "sla", "feedback", "catalog", "platform" })
package org.cirm.insight;
