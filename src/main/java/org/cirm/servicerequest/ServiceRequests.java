package org.cirm.servicerequest;

import java.util.Optional;

/** Finds filed requests. */
public interface ServiceRequests {

	/**
	 * The request with this tracking code, if the applicant's national ID ends with these
	 * four digits (the second factor a citizen gives to follow a request); empty for an
	 * unknown code and a wrong factor alike.
	 */
	Optional<FiledRequest> track(TrackingCode code, String nationalIdLastFour);

	/**
	 * The request with this tracking code, for a caller that proved otherwise it may see
	 * it (the Open311 client that filed it).
	 */
	Optional<FiledRequest> find(TrackingCode code);

}
