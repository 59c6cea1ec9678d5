package io.seatkeeper.admin;

import io.seatkeeper.audit.RequestOrigin;
import io.seatkeeper.http.BearerToken;
import io.seatkeeper.http.FailedAttempts;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Lets only the operator's bearer token through to the admin API. The license check is the
 * one public path: the licensed application calls it without credentials.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(OperatorAuthFilter.class.getName());
    static final String PUBLIC_PATH = "licenses/verify";

    @Inject
    OperatorToken operatorToken;

    @Inject
    RequestOrigin origin;

    @Inject
    FailedAttempts failedAttempts;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (stripSlashes(path).equals(PUBLIC_PATH)) {
            return;
        }
        Optional<Duration> wait = failedAttempts.retryAfter(servletRequest);
        if (wait.isPresent()) {
            request.abortWith(FailedAttempts.tooMany(Problems.response(429,
                    "Too many failed attempts from this client; retry later"), wait.get()));
            return;
        }
        Optional<String> token = BearerToken.of(
                request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token.isEmpty() || !operatorToken.matches(token.get())) {
            if (token.isPresent()) {
                failedAttempts.failed(servletRequest);
            }
            LOG.fine("Admin request refused: missing or wrong operator token");
            request.abortWith(Response.fromResponse(
                            Problems.response(401, "The operator token is required as"
                                    + " 'Authorization: Bearer <token>'"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"seatkeeper-admin\"")
                    .build());
            return;
        }
        origin.actingAs(RequestOrigin.OPERATOR);
    }

    private static String stripSlashes(String path) {
        String stripped = path;
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
