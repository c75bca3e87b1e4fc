package org.cirm.sla;

import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;

/** Where a deadline stands, as officers and citizens read it. */
public enum SlaState {

	ON_TRACK,
	/** Past the warning share of its limit (80% by default). */
	AT_RISK,
	/** Past its limit, running or ended. */
	BREACHED,
	/**
	 * Ended within its limit (whatever was decided: a refusal too is "within the time
	 * limit", never "done").
	 */
	MET,
	/** The clock is stopped while the request waits for the applicant. */
	PAUSED;

	private final Bilingual label;

	SlaState() {
		this.label = Texts.of("sla." + name());
	}

	public Bilingual label() {
		return this.label;
	}

}
