/**
 * The admin API under {@code /api/v1}, for the vendor's operator: organizations, seats,
 * enabling SCIM, API keys, licenses and the mail outbox, all behind the operator token; and
 * the unauthenticated license check that the licensed application calls.
 */
package io.seatkeeper.admin;
