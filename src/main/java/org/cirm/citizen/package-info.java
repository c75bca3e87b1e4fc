/**
 * Citizens: the registry keyed by the 13-digit national ID, identity verification, and
 * data-subject rights (export, erasure). Other modules see only the opaque citizen
 * reference.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen",
		allowedDependencies = { "agency", "audit", "platform" })
package org.cirm.citizen;
