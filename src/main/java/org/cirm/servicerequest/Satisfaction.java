package org.cirm.servicerequest;

import static org.cirm.platform.ProcessVariable.number;

import org.cirm.platform.ProcessVariable;

/**
 * The citizen's satisfaction with a request, as every service that asks for it records
 * it: a whole number from 1 (very dissatisfied) to 5 (very satisfied).
 */
public final class Satisfaction {

	public static final ProcessVariable<Long> RATING = number("satisfaction");

	public static final long LOWEST = 1;

	public static final long HIGHEST = 5;

	private Satisfaction() {
	}

}
