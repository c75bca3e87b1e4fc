package org.cirm.servicerequest;

import java.util.List;

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

	public record Problem(String field, String th, String en) {

		public Problem(String field, Bilingual text) {
			this(field, text.th(), text.en());
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

}
