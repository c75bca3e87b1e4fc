package org.cirm.sla;

/**
 * Published when a request's or a step's clock stops (the step ended, the decision was
 * made, the request ended), with the deadline as it ended: the working time used and
 * whether it was met. For whoever measures the service; no personal data.
 */
public record DeadlineEnded(Deadline deadline) {

}
