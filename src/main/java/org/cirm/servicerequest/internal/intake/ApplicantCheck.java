package org.cirm.servicerequest.internal.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cirm.citizen.InvalidNationalIdException;
import org.cirm.citizen.NationalId;
import org.cirm.platform.Texts;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.IntakeRejectedException.Problem;
import org.cirm.servicerequest.Submission;

/**
 * The applicant's part of a submission, checked before anything is stored: every field
 * present, within the length the citizen registry keeps, and of its shape; each problem
 * named by its field, in Thai and English.
 */
final class ApplicantCheck {

	static final int MOST_NAME = 100;

	static final int MOST_EMAIL = 254;

	/** The Buddhist Era counts 543 years more than the Christian Era. */
	private static final int BUDDHIST_ERA = 543;

	private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

	private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{7,18}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private ApplicantCheck() {
	}

	/** The applicant's national ID when all is well; every problem found is added. */
	static NationalId nationalIdOf(Submission.Applicant applicant, List<Problem> problems) {
		if (applicant == null) {
			problems.add(new Problem("applicant", Texts.of("intake.applicant.required")));
			return null;
		}
		if (blank(applicant.firstNameTh()) || blank(applicant.lastNameTh())) {
			problems.add(new Problem("applicant.name", Texts.of("intake.applicant.name.required")));
		}
		else {
			name("applicant.firstNameTh", applicant.firstNameTh(), problems);
			name("applicant.lastNameTh", applicant.lastNameTh(), problems);
		}
		if (applicant.birthDate() == null) {
			problems.add(new Problem("applicant.birthDate", Texts.of("intake.applicant.birth-date.required")));
		}
		else if (applicant.birthDate().isAfter(LocalDate.now(ThaiDates.BANGKOK))) {
			// 2503 typed for 1960: the Buddhist year, as on a Thai ID card.
			int year = applicant.birthDate().getYear();
			problems.add(new Problem("applicant.birthDate",
					year - BUDDHIST_ERA <= LocalDate.now(ThaiDates.BANGKOK).getYear()
							? Texts.of("intake.applicant.birth-date.buddhist", year, year - BUDDHIST_ERA)
							: Texts.of("intake.applicant.birth-date.future")));
		}
		contact(applicant, problems);
		try {
			return NationalId.parse(applicant.nationalId());
		}
		catch (InvalidNationalIdException invalid) {
			problems.add(new Problem("applicant.nationalId", invalid.thai(), invalid.english()));
			return null;
		}
	}

	private static void name(String key, String name, List<Problem> problems) {
		Optional<FieldValues.Refusal> refused = FieldValues.text(name, List.of(), MOST_NAME);
		if (refused.isPresent()) {
			problems.add(refused.get().about(key, Texts.of("intake.applicant.name")));
		}
		else if (LATIN.matcher(name).find() && !THAI.matcher(name).find()) {
			// The registry knows the name in Thai, as on the ID card.
			problems.add(new Problem(key, Texts.of("intake.applicant.name.thai")));
		}
	}

	private static void contact(Submission.Applicant applicant, List<Problem> problems) {
		if (blank(applicant.phone()) && blank(applicant.email())) {
			problems.add(new Problem("applicant.contact", Texts.of("intake.applicant.contact.required")));
		}
		if (!blank(applicant.phone()) && !PHONE.matcher(applicant.phone().strip()).matches()) {
			problems.add(new Problem("applicant.phone", Texts.of("intake.applicant.phone.invalid")));
		}
		String email = applicant.email();
		if (!blank(email) && (email.strip().length() > MOST_EMAIL || !EMAIL.matcher(email.strip()).matches())) {
			problems.add(new Problem("applicant.email", Texts.of("intake.applicant.email.invalid")));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
