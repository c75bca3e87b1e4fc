/**
 * Service levels: the Thai government working-day calendar, the business-calendar plugin,
 * escalation, statutory delay notices and breach records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA", allowedDependencies = { "platform" })
package org.cirm.sla;
