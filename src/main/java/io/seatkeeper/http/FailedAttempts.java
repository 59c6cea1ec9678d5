package io.seatkeeper.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed credentials (bad tokens, unknown license keys) per client and makes a client
 * that failed too often in a window wait until the window ends, so that no one can try keys
 * one after another. Known limit: the counts live in each instance's memory, so behind a load
 * balancer a client gets the allowance once per instance.
 */
@ApplicationScoped
public class FailedAttempts {

    /** Beyond this many clients, windows that have ended are swept away. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(Instant start, int failures) {
    }

    private final ClientAddress clientAddress;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** For the CDI proxy only. */
    protected FailedAttempts() {
        this(null, 0, Duration.ZERO);
    }

    @Inject
    public FailedAttempts(ClientAddress clientAddress,
            @ConfigProperty(name = "seatkeeper.auth.max-failures", defaultValue = "20")
            int maxFailures,
            @ConfigProperty(name = "seatkeeper.auth.failure-window", defaultValue = "PT1M")
            Duration window) {
        this.clientAddress = clientAddress;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = Clock.systemUTC();
    }

    /** How long the request's client must wait, if it failed too often lately. */
    public Optional<Duration> retryAfter(HttpServletRequest request) {
        String client = clientAddress.of(request);
        Window current = windows.get(client);
        Instant now = clock.instant();
        if (current == null || current.failures() < maxFailures
                || !now.isBefore(current.start().plus(window))) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.start().plus(window)));
    }

    /** The error response {@code body}, with how long to wait in whole seconds, rounded up. */
    public static Response tooMany(Response body, Duration wait) {
        return Response.fromResponse(body)
                .header(HttpHeaders.RETRY_AFTER,
                        String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)))
                .build();
    }

    public void failed(HttpServletRequest request) {
        String client = clientAddress.of(request);
        Instant now = clock.instant();
        windows.merge(client, new Window(now, 1), (old, fresh) ->
                now.isBefore(old.start().plus(window))
                        ? new Window(old.start(), old.failures() + 1) : fresh);
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
    }
}
