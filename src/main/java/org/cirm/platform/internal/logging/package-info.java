/**
 * Logback converters that mask national IDs in every log line, as a last line of defence.
 */
package org.cirm.platform.internal.logging;
