package org.cirm.agency;

import java.time.Duration;

import org.cirm.platform.Roles;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * A government agency behind the one-stop service point, known by a short code.
 *
 * @param code short code, also the suffix of its officer group ({@code agency-<code>})
 * @param nameTh the Thai name citizens and officers read
 * @param nameEn the English name
 * @param system how to reach the agency's own system, if the platform calls it
 */
public record Agency(String code, String nameTh, String nameEn, System system) {

	@ConstructorBinding
	public Agency {
	}

	public Agency(String code, String nameTh, String nameEn) {
		this(code, nameTh, nameEn, null);
	}

	/**
	 * The agency's system: a base URL (one starting with {@code /} points at this node,
	 * as the demo sandbox does) and timeouts well under the engine's job lock time.
	 */
	public record System(String baseUrl, Duration connectTimeout, Duration readTimeout) {

	}

	public String officerGroup() {
		return Roles.agencyGroup(this.code);
	}

	public String displayName() {
		return this.nameTh + " / " + this.nameEn;
	}

}
