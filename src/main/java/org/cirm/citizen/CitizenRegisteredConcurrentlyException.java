package org.cirm.citizen;

import org.cirm.platform.Texts;

/**
 * Two officers registered the same new citizen at the same moment; the other registration
 * won and this one saved nothing. Looking the citizen up again shows the record.
 */
public class CitizenRegisteredConcurrentlyException extends RuntimeException {

	CitizenRegisteredConcurrentlyException() {
		super(Texts.of("citizen.registered-concurrently").toString());
	}

}
