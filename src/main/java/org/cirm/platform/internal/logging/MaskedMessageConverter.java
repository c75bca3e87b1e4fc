package org.cirm.platform.internal.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.cirm.platform.LogSafe;

/**
 * The log message ({@code %m}) with national IDs masked, whatever code or library wrote
 * it. Registered in {@code logback-spring.xml}.
 */
public class MaskedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return LogSafe.mask(super.convert(event));
	}

}
