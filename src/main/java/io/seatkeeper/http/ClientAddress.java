package io.seatkeeper.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from: the connection's peer, or, behind a proxy that the
 * operator says is trusted, the first address of {@code X-Forwarded-For}.
 */
@ApplicationScoped
public class ClientAddress {

    private final boolean trustForwardedFor;

    /** For the CDI proxy only. */
    protected ClientAddress() {
        this(false);
    }

    @Inject
    public ClientAddress(
            @ConfigProperty(name = "seatkeeper.http.trust-forwarded-for",
                    defaultValue = "false") boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }
}
