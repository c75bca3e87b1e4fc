/**
 * Catalog: the public service catalog read from the deployed models, and the Citizen's
 * Manual generated from each BPMN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = { "sla", "platform" })
package org.cirm.catalog;
