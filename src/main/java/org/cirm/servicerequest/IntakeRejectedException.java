package org.cirm.servicerequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cirm.platform.Bilingual;

/**
 * The submission cannot be filed as it is; nothing was filed. Each problem names the
 * field and says what is wrong in Thai and English.
 */
public class IntakeRejectedException extends RuntimeException {

	public enum Kind {

		/** The service does not exist or does not take this channel. */
		NOT_FOUND,
		/** Fields missing or wrong. */
		INVALID,
		/** The applicant could not be confirmed. */
		UNVERIFIED,
		/** The idempotency key was used for a different submission. */
		KEY_REUSED,
		/** The civil registry did not answer; try again with the same key. */
		UNAVAILABLE

	}

	/**
	 * @param field what the problem is about: {@code applicant.<name>} for the
	 * applicant's own fields, a start form field's key, or a part of the request
	 * ({@code fields}, {@code serviceCode}, ...)
	 */
	public record Problem(String field, String th, String en) {

		private static final String APPLICANT = "applicant.";

		public Problem(String field, Bilingual text) {
			this(field, text.th(), text.en());
		}

		/**
		 * The name of the input a page shows this problem beside: an applicant's field by
		 * its own name ({@code nationalId}), a form field as {@code field.<key>}.
		 */
		public String input() {
			if ("applicant.contact".equals(this.field)) {
				return "phone"; // a phone or an e-mail: said beside the first of the two
			}
			return this.field.startsWith(APPLICANT) ? this.field.substring(APPLICANT.length())
					: ApplicationForm.INPUT_PREFIX + this.field;
		}

	}

	private final Kind kind;

	private final List<Problem> problems;

	public IntakeRejectedException(Kind kind, List<Problem> problems) {
		super(problems.isEmpty() ? kind.name() : problems.get(0).en());
		this.kind = kind;
		this.problems = List.copyOf(problems);
	}

	public IntakeRejectedException(Kind kind, String field, String th, String en) {
		this(kind, List.of(new Problem(field, th, en)));
	}

	public IntakeRejectedException(Kind kind, String field, Bilingual text) {
		this(kind, List.of(new Problem(field, text)));
	}

	public Kind kind() {
		return this.kind;
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** The problems by the input a page shows each beside ({@link Problem#input()}). */
	public Map<String, List<Problem>> problemsByInput() {
		return this.problems.stream()
			.collect(Collectors.groupingBy(Problem::input, LinkedHashMap::new, Collectors.toList()));
	}

}
