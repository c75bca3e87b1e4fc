package org.cirm.platform.internal.security;

import java.io.ByteArrayInputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body a guard read once, served again to the engine. */
final class RereadableRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	RereadableRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	@Override
	public ServletInputStream getInputStream() {
		var content = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return content.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return content.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return content.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("synchronous reads only");
			}
		};
	}

}
