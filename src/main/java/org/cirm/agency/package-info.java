/**
 * Agency: the directory of agencies behind the service point and their officer groups;
 * later the connectors to their systems, callbacks, external-task topics and the agency
 * sandbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agency", allowedDependencies = "platform")
package org.cirm.agency;
