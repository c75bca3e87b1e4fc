package org.cirm.platform;

/**
 * Something a module makes sure of when a node starts: groups, permissions, accounts,
 * demo data.
 *
 * <p>
 * Steps run in their {@code @Order}, inside one transaction that holds the cluster-wide
 * startup lock, so nodes starting together take turns and a step that fails leaves
 * nothing half-written. Every step must be idempotent: it runs on every start of every
 * node.
 */
public interface StartupStep {

	void run();

}
