package org.cirm.citizen;

import java.time.LocalDate;

/**
 * Sample citizens for tests; their IDs are valid by check digit and belong to nobody
 * real.
 */
public final class Citizens {

	private Citizens() {
	}

	public static Citizen somchai() {
		return citizen("110170023007", new Citizen.Name("สมชาย", "ใจดี"), new Citizen.Name("Somchai", "Jaidee"),
				"0812345678");
	}

	public static Citizen malee() {
		return citizen("310050044012", new Citizen.Name("มาลี", "ใจงาม"), new Citizen.Name("Malee", "Jai-ngam"),
				"0898765432");
	}

	/** A valid ID from its first twelve digits. */
	public static NationalId idFrom(String twelve) {
		return NationalId.completing(twelve);
	}

	private static Citizen citizen(String twelve, Citizen.Name nameTh, Citizen.Name nameEn, String phone) {
		return new Citizen(null, idFrom(twelve), nameTh, nameEn, LocalDate.of(1960, 4, 13),
				new Citizen.Address("99 ถนนราชดำเนิน", "บวรนิเวศ", "พระนคร", "กรุงเทพมหานคร", "10200"),
				new Citizen.Contact(phone, null, "SMS", "th"));
	}

}
