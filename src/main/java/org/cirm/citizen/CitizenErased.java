package org.cirm.citizen;

/**
 * A citizen's personal data was erased on their request. Every module that holds personal
 * data about the citizen deletes it when this is published, in the same transaction.
 */
public record CitizenErased(CitizenRef ref) {

}
