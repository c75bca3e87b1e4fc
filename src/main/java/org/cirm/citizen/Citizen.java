package org.cirm.citizen;

import java.time.LocalDate;

/**
 * A citizen as the registry knows them. Personal data: only the {@code citizen} module
 * and the officers' audited views hold it.
 */
public record Citizen(CitizenRef ref, NationalId nationalId, Name nameTh, Name nameEn, LocalDate birthDate,
		Address address, Contact contact) {

	public record Name(String first, String last) {

		public String full() {
			return this.first + " " + this.last;
		}

	}

	public record Address(String line, String subdistrict, String district, String province, String postcode) {

	}

	/**
	 * How to reach the citizen: {@code preferredChannel} is SMS, EMAIL or POST;
	 * {@code preferredLanguage} th or en.
	 */
	public record Contact(String phone, String email, String preferredChannel, String preferredLanguage) {

	}

}
