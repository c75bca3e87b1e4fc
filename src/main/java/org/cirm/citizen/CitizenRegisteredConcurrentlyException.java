package org.cirm.citizen;

/**
 * Two officers registered the same new citizen at the same moment; the other registration
 * won and this one saved nothing. Looking the citizen up again shows the record.
 */
public class CitizenRegisteredConcurrentlyException extends RuntimeException {

	CitizenRegisteredConcurrentlyException() {
		super("ประชาชนรายนี้เพิ่งได้รับการลงทะเบียนจากอีกจุดบริการ กรุณาค้นหาอีกครั้ง / This citizen was registered "
				+ "at another service point at the same moment; please look them up again");
	}

}
