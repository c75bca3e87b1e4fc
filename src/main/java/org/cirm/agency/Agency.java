package org.cirm.agency;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
	 * @param operations what a model may call on this system with the generic agency
	 * call, by name
	 */
	public record System(String baseUrl, String credentials, String callbackSecret, Duration connectTimeout,
			Duration readTimeout, List<Operation> operations) {

		@ConstructorBinding
		public System {
			operations = operations == null ? List.of() : List.copyOf(operations);
		}

		public System(String baseUrl, String credentials, String callbackSecret, Duration connectTimeout,
				Duration readTimeout) {
			this(baseUrl, credentials, callbackSecret, connectTimeout, readTimeout, List.of());
		}

		public System(String baseUrl, Duration connectTimeout, Duration readTimeout) {
			this(baseUrl, null, null, connectTimeout, readTimeout);
		}

		public Optional<Operation> operation(String name) {
			return this.operations.stream().filter(operation -> operation.name().equals(name)).findFirst();
		}

	}

	/**
	 * An operation a process owner's model may call without Java: a JSON POST to
	 * {@code path} under the system's base URL.
	 *
	 * @param name how models name it ({@code agency.operation})
	 * @param carriesNationalId whether the agency may receive the applicant's national ID
	 * in this call; a model may send it only to such an operation
	 */
	public record Operation(String name, String path, boolean carriesNationalId) {

		@ConstructorBinding
		public Operation(String name, String path, @DefaultValue("false") boolean carriesNationalId) {
			this.name = name;
			this.path = path;
			this.carriesNationalId = carriesNationalId;
		}

	}

	/**
	 * The operation a model may call by this name, if the agency's system declares it.
	 */
	public Optional<Operation> operation(String name) {
		return this.system == null ? Optional.empty() : this.system.operation(name);
	}

	public String officerGroup() {
		return Roles.agencyGroup(this.code);
	}

	public String displayName() {
		return this.nameTh + " / " + this.nameEn;
	}

}
