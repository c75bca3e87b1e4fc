/**
 * Audit: the append-only log of who read or changed citizen data, when and why (Thai
 * PDPA). Officers cannot edit or delete it; auditors query it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "platform" })
package org.cirm.audit;
