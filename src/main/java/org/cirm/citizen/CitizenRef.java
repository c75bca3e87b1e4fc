package org.cirm.citizen;

import java.util.Optional;
import java.util.UUID;

/**
 * The opaque reference to a citizen that every module, process variable and URL uses in
 * place of the national ID or a name. It reveals nothing and cannot be guessed.
 */
public record CitizenRef(String value) {

	/**
	 * The process variable by which any service's process names the citizen it serves.
	 */
	public static final String PROCESS_VARIABLE = "citizenRef";

	public CitizenRef {
		UUID.fromString(value);
	}

	/**
	 * The reference in a URL or request, if it is one; anything else names no citizen.
	 */
	public static Optional<CitizenRef> parse(String value) {
		try {
			return Optional.of(new CitizenRef(value));
		}
		catch (IllegalArgumentException | NullPointerException notAReference) {
			return Optional.empty();
		}
	}

	static CitizenRef random() {
		return new CitizenRef(UUID.randomUUID().toString());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
