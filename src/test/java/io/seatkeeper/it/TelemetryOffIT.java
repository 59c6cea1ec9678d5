package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.awaitility.Awaitility.await;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * OpenTelemetry is off unless switched on: the test server is told where to export, and how
 * often (its JVM options), but not to, so requests to it send nothing to the receiver there.
 */
class TelemetryOffIT {

    /** Many export intervals of the test servers' options (250 ms for metrics). */
    private static final Duration QUIET = Duration.ofSeconds(3);

    @Test
    void aServerNotSwitchedOnExportsNothing() {
        try (OtlpReceiver receiver = OtlpReceiver.start("seatkeeper")) {
            Tenant tenant = newTenant(5);
            createUser(tenant, uniqueEmail(), true);

            await().during(QUIET).atMost(QUIET.plusSeconds(2))
                    .until(() -> receiver.requests() == 0);
        }
    }
}
