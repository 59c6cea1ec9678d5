/**
 * Tenants: the customer organizations, their seat counts, whether SCIM provisioning is on,
 * and the API keys their identity providers authenticate with. Keys are stored as hashes
 * only; several may be live at once so that a key can be rotated without downtime.
 */
package io.seatkeeper.organization;
