package org.cirm.agency;

/**
 * An agency's system did not answer, or answered with an error of its own: a technical
 * failure, worth trying again (in a process: the engine retries the job, then raises an
 * incident), never a statement about the citizen.
 */
public class AgencyUnavailableException extends RuntimeException {

	public AgencyUnavailableException(Agency agency, Throwable cause) {
		super(message(agency), cause);
	}

	public AgencyUnavailableException(Agency agency, String reason) {
		super(message(agency) + " (" + reason + ")");
	}

	private static String message(Agency agency) {
		return "ระบบของ" + agency.nameTh() + "ไม่ตอบสนอง ยังไม่มีการบันทึกใด ๆ กรุณาลองใหม่ / The " + agency.nameEn()
				+ " system did not answer; nothing was saved, please try again";
	}

}
