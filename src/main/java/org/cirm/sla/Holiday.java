package org.cirm.sla;

import java.time.LocalDate;

/**
 * A day government offices are closed, as the holiday data file lists it: the day, its
 * name, what kind of holiday it is and the official announcement it comes from.
 *
 * @param substitutes for a substitution day, the holiday it makes up for
 * @param provisional an estimate (a lunar holiday of a year not yet announced), to be
 * replaced by the announced date
 */
public record Holiday(LocalDate date, String nameTh, String nameEn, Kind kind, String source, LocalDate substitutes,
		boolean provisional) {

	public enum Kind {

		/** A holiday of the government's annual list. */
		ANNUAL,
		/** Made up for an annual holiday falling on a Saturday or Sunday. */
		SUBSTITUTION,
		/** Declared once by a cabinet resolution. */
		SPECIAL

	}

}
