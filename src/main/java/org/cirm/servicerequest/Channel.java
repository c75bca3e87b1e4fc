package org.cirm.servicerequest;

/** Where a request was filed; every channel goes through the same intake. */
public enum Channel {

	COUNTER, HOTLINE, WEB, API, OPEN311;

	/** How the service's own models name the channel (their start forms offer these). */
	public String asModelChannel() {
		return switch (this) {
			case COUNTER, HOTLINE -> name();
			case WEB, API, OPEN311 -> WEB.name();
		};
	}

}
