package io.seatkeeper.license;

import java.util.UUID;

/** A license key started to work: newly issued, or reissued to a reactivated user. */
public record LicenseActivated(UUID licenseId, UUID organizationId, UUID userId) {
}
