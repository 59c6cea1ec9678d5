package io.seatkeeper.scim;

import io.seatkeeper.audit.RequestOrigin;
import io.seatkeeper.http.ClientAddress;
import io.seatkeeper.http.FailedAttempts;
import io.seatkeeper.organization.ApiKeyService;
import io.seatkeeper.organization.Organization;
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
 * Authenticates every SCIM request by its bearer API key (RFC 6750) and makes the key's
 * organization the request's tenant. It runs before matching, so without a valid key nothing
 * about the API, not even which paths exist, is revealed.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class ScimAuthFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(ScimAuthFilter.class.getName());
    private static final String BEARER = "Bearer ";

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ScimTenant tenant;

    @Inject
    RequestOrigin origin;

    @Inject
    FailedAttempts failedAttempts;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String client = clientAddress.of(servletRequest);
        Optional<Duration> wait = failedAttempts.retryAfter(client);
        if (wait.isPresent()) {
            request.abortWith(Response.fromResponse(ScimErrors.response(429, null,
                            "Too many failed attempts from this client; retry later"))
                    .header(HttpHeaders.RETRY_AFTER, FailedAttempts.asRetryAfter(wait.get()))
                    .build());
            return;
        }
        Optional<String> token = bearerToken(request);
        Optional<ApiKeyService.Authenticated> authenticated = token
                .flatMap(apiKeys::authenticate);
        if (authenticated.isEmpty()) {
            if (token.isPresent()) {
                failedAttempts.failed(client);
            }
            LOG.fine("SCIM request refused: missing, unknown or revoked API key");
            request.abortWith(Response.fromResponse(ScimErrors.response(401,
                            null, "A valid API key is required as 'Authorization: Bearer <key>'"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"seatkeeper\"")
                    .build());
            return;
        }
        Organization organization = authenticated.get().organization();
        tenant.authenticatedAs(organization.id(), organization.strictAttributes());
        origin.actingAs(RequestOrigin.apiKey(authenticated.get().keyId()));
    }

    /** The token of an {@code Authorization: Bearer} header; the scheme is case-insensitive. */
    static Optional<String> bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }
}
