package io.seatkeeper.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The components of a user's name (RFC 7643 §4.1.1); every part may be absent. */
@Embeddable
public record PersonName(
        @Column(name = "name_formatted") String formatted,
        @Column(name = "family_name") String familyName,
        @Column(name = "given_name") String givenName,
        @Column(name = "middle_name") String middleName,
        @Column(name = "honorific_prefix") String honorificPrefix,
        @Column(name = "honorific_suffix") String honorificSuffix) {

    public static final PersonName EMPTY = new PersonName(null, null, null, null, null, null);
}
