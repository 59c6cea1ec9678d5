package io.seatkeeper.http;

import io.seatkeeper.audit.RequestOrigin;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plausible one
 * (so a request can be followed across a proxy), else a new one. The id goes into the audit
 * trail and back to the caller in the response's {@code X-Request-Id}.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    RequestOrigin origin;

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        origin.identifiedAs(given != null && PLAUSIBLE.matcher(given).matches()
                ? given : UUID.randomUUID().toString());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (origin.requestId() != null) {
            response.getHeaders().putSingle(HEADER, origin.requestId());
        }
    }
}
