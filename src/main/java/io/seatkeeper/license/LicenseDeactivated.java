package io.seatkeeper.license;

import java.util.UUID;

/** A license key stopped working because its user was deactivated or deleted. */
public record LicenseDeactivated(UUID licenseId, UUID organizationId, UUID userId) {
}
