/**
 * Platform: engine and security configuration, the typed process-variable accessor,
 * access policy for officers, and error handling. Every other module may use it; it uses
 * none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.cirm.platform;
