package org.cirm.servicerequest.internal.intake;

import java.util.List;
import java.util.regex.Pattern;

import org.cirm.citizen.InvalidNationalIdException;
import org.cirm.citizen.NationalId;
import org.cirm.platform.Texts;
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
		FieldValues.text(name, List.of(), MOST_NAME)
			.ifPresent(refusal -> problems.add(refusal.about(key, Texts.of("intake.applicant.name"))));
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
