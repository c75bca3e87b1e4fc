package org.cirm.agency;

/**
 * An agency's system did not answer, or answered with an error of its own: a technical
 * failure, worth trying again, never a statement about the citizen.
 */
public class AgencyUnavailableException extends RuntimeException {

	public AgencyUnavailableException(Agency agency, Throwable cause) {
		super("ระบบของ" + agency.nameTh() + "ไม่ตอบสนอง ยังไม่มีการบันทึกใด ๆ กรุณาลองใหม่ / The " + agency.nameEn()
				+ " system did not answer; nothing was saved, please try again", cause);
	}

}
