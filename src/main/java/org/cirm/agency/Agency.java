package org.cirm.agency;

import java.time.Duration;

import org.cirm.platform.Roles;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A government agency behind the one-stop service point, known by a short code.
 *
 * @param code short code, also the suffix of its officer group ({@code agency-<code>})
 * @param nameTh the Thai name citizens and officers read
 * @param nameEn the English name
 * @param enabled whether the platform hands work to it; a disabled agency's calls fail as
 * technical failures (retried, then an incident), so no request is lost while it is off
 * @param system how to reach the agency's own system, if the platform calls it
 */
public record Agency(String code, String nameTh, String nameEn, boolean enabled, System system) {

	@ConstructorBinding
	public Agency(String code, String nameTh, String nameEn, @DefaultValue("true") boolean enabled, System system) {
		this.code = code;
		this.nameTh = nameTh;
		this.nameEn = nameEn;
		this.enabled = enabled;
		this.system = system;
	}

	public Agency(String code, String nameTh, String nameEn) {
		this(code, nameTh, nameEn, true, null);
	}

	public Agency(String code, String nameTh, String nameEn, System system) {
		this(code, nameTh, nameEn, true, system);
	}

	/**
	 * The agency's system.
	 *
	 * @param baseUrl where it answers; one starting with {@code /} points at this node,
	 * as the demo sandbox does
	 * @param credentials the name of the setting (usually an environment variable) that
	 * holds the API key the platform presents to the agency; never the key itself
	 * @param callbackSecret the name of the setting that holds the secret the agency
	 * signs its callbacks with (HMAC-SHA256)
	 * @param connectTimeout well under the engine's job lock time
	 * @param readTimeout well under the engine's job lock time
	 */
	public record System(String baseUrl, String credentials, String callbackSecret, Duration connectTimeout,
			Duration readTimeout) {

		@ConstructorBinding
		public System {
		}

		public System(String baseUrl, Duration connectTimeout, Duration readTimeout) {
			this(baseUrl, null, null, connectTimeout, readTimeout);
		}

	}

	public String officerGroup() {
		return Roles.agencyGroup(this.code);
	}

	public String displayName() {
		return this.nameTh + " / " + this.nameEn;
	}

}
