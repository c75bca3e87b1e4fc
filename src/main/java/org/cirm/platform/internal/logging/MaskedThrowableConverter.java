package org.cirm.platform.internal.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.cirm.platform.LogSafe;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * A logged exception ({@code %wEx}) with national IDs masked in its messages and causes:
 * a database driver quotes the duplicate key it refused. Registered in
 * {@code logback-spring.xml}.
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(ch.qos.logback.classic.spi.IThrowableProxy proxy) {
		return LogSafe.mask(super.throwableProxyToString(proxy));
	}

}
