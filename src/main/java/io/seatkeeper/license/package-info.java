/**
 * License keys: one per provisioned user, ACTIVE or INACTIVE, never more ACTIVE ones in an
 * organization than it has seats. {@link io.seatkeeper.license.LicenseService} owns these
 * rules and fires {@link io.seatkeeper.license.LicenseActivated} and
 * {@link io.seatkeeper.license.LicenseDeactivated} inside the transaction that made the change.
 */
package io.seatkeeper.license;
