package org.cirm.agency;

import org.cirm.platform.Roles;

/**
 * A government agency behind the one-stop service point, known by a short code.
 *
 * @param code short code, also the suffix of its officer group ({@code agency-<code>})
 * @param nameTh the Thai name citizens and officers read
 * @param nameEn the English name
 */
public record Agency(String code, String nameTh, String nameEn) {

	public String officerGroup() {
		return Roles.agencyGroup(this.code);
	}

	public String displayName() {
		return this.nameTh + " / " + this.nameEn;
	}

}
