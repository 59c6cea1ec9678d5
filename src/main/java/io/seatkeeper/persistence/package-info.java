/**
 * Wiring of the one persistence unit: the services get their container-managed, transaction
 * scoped {@code EntityManager} by injection from here.
 */
package io.seatkeeper.persistence;
