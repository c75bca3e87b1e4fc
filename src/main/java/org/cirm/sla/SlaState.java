package org.cirm.sla;

import org.cirm.platform.Bilingual;

/** Where a deadline stands, as officers and citizens read it. */
public enum SlaState {

	ON_TRACK("ตามกำหนด", "On track"),
	/** Past the warning share of its limit (80% by default). */
	AT_RISK("ใกล้ครบกำหนด", "Due soon"),
	/** Past its limit, running or ended. */
	BREACHED("เกินกำหนด", "Overdue"),
	/**
	 * Ended within its limit (whatever was decided: a refusal too is "within the time
	 * limit", never "done").
	 */
	MET("ภายในกำหนดเวลา", "Within the time limit"),
	/** The clock is stopped while the request waits for the applicant. */
	PAUSED("รอผู้ยื่น (หยุดนับเวลา)", "Waiting for the applicant (clock stopped)");

	private final Bilingual label;

	SlaState(String th, String en) {
		this.label = new Bilingual(th, en);
	}

	public Bilingual label() {
		return this.label;
	}

}
