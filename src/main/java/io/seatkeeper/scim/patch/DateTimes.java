package io.seatkeeper.scim.patch;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads SCIM dateTime values, which are xsd:dateTime (RFC 7643 §2.3.5). The offset is optional
 * there; a value without one is taken as UTC so that it still compares as an instant.
 */
final class DateTimes {

    private DateTimes() {
    }

    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            return parseLocal(text);
        }
    }

    private static Optional<Instant> parseLocal(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notADateTime) {
            return Optional.empty();
        }
    }
}
