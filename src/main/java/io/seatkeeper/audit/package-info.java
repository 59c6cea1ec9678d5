/**
 * The audit trail: every provisioning change (users, memberships, licenses, API keys, seats),
 * with who made it, when, and the id of the request, written in the transaction of the change
 * so that the trail never records a change that did not happen, nor misses one that did.
 */
package io.seatkeeper.audit;
