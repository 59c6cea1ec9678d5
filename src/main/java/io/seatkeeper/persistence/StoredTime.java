package io.seatkeeper.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current time at the precision the database keeps (microseconds), so that a resource
 * reads back with exactly the timestamps it was first returned with.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
    }
}
