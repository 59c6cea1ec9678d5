package io.seatkeeper.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of a user's e-mail addresses (RFC 7643 §4.1.2). */
@Embeddable
public record EmailAddress(
        @Column(name = "email_value", nullable = false, length = 320) String value,
        @Column(name = "email_type", length = 64) String type,
        @Column(name = "email_primary", nullable = false) boolean primary,
        @Column(name = "email_display") String display) {
}
