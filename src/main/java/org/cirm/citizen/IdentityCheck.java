package org.cirm.citizen;

import java.util.Optional;

import org.cirm.agency.CivilRegistry;
import org.cirm.citizen.IdentityNotVerifiedException.Reason;

/**
 * Compares what an officer entered with what the civil registry records: the person must
 * exist, be alive, and have the same Thai name (spacing aside) and birth date.
 */
final class IdentityCheck {

	private IdentityCheck() {
	}

	static Optional<Reason> mismatch(Optional<CivilRegistry.Person> registered, Citizen entered) {
		if (registered.isEmpty()) {
			return Optional.of(Reason.NOT_FOUND);
		}
		CivilRegistry.Person person = registered.get();
		if (!person.alive()) {
			return Optional.of(Reason.DECEASED);
		}
		if (!same(person.firstNameTh(), entered.nameTh().first())
				|| !same(person.lastNameTh(), entered.nameTh().last())) {
			return Optional.of(Reason.NAME_MISMATCH);
		}
		if (!person.birthDate().equals(entered.birthDate())) {
			return Optional.of(Reason.BIRTH_DATE_MISMATCH);
		}
		return Optional.empty();
	}

	private static boolean same(String registered, String entered) {
		return normal(registered).equals(normal(entered));
	}

	private static String normal(String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ");
	}

}
