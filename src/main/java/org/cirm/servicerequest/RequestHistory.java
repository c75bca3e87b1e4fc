package org.cirm.servicerequest;

import java.util.List;
import java.util.Optional;

/**
 * What each filed request did, for whoever measures the service (the reporting read
 * model): who filed it and where, which version of its service ran, where it is and how
 * it ended, and who worked each step. No personal data.
 */
public interface RequestHistory {

	/** The request with this tracking code, as it stands now. */
	Optional<RequestRecord> recordOf(TrackingCode code);

	/**
	 * Every request's tracking code, in order, {@code most} at a time: those after
	 * {@code after} (from the first when it is null).
	 */
	List<TrackingCode> codesAfter(TrackingCode after, int most);

}
