package io.seatkeeper.license;

public enum LicenseStatus {
    ACTIVE, INACTIVE
}
