package org.cirm.desk.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cirm.citizen.Citizen;
import org.cirm.citizen.NationalId;

/** A citizen as the officer enters them at the counter. */
record NewCitizen(String nationalId, String firstNameTh, String lastNameTh, String firstNameEn, String lastNameEn,
		LocalDate birthDate, String addressLine, String subdistrict, String district, String province, String postcode,
		String phone, String email, String preferredChannel, String preferredLanguage, String purpose) {

	List<String> missingFields() {
		Map<String, Object> required = new LinkedHashMap<>();
		required.put("nationalId", this.nationalId);
		required.put("firstNameTh", this.firstNameTh);
		required.put("lastNameTh", this.lastNameTh);
		required.put("birthDate", this.birthDate);
		return required.entrySet()
			.stream()
			.filter(field -> field.getValue() == null || field.getValue().toString().isBlank())
			.map(Map.Entry::getKey)
			.toList();
	}

	Citizen toCitizen() {
		Citizen.Name english = this.firstNameEn == null ? null : new Citizen.Name(this.firstNameEn, this.lastNameEn);
		return new Citizen(null, NationalId.parse(this.nationalId), new Citizen.Name(this.firstNameTh, this.lastNameTh),
				english, this.birthDate,
				new Citizen.Address(this.addressLine, this.subdistrict, this.district, this.province, this.postcode),
				new Citizen.Contact(this.phone, this.email,
						this.preferredChannel == null ? "SMS" : this.preferredChannel,
						this.preferredLanguage == null ? "th" : this.preferredLanguage));
	}

	@Override
	public String toString() {
		return "NewCitizen[(personal data hidden), purpose=" + this.purpose + "]";
	}

}
