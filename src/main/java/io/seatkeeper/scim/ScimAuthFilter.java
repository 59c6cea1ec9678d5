package io.seatkeeper.scim;

import io.seatkeeper.audit.RequestOrigin;
import io.seatkeeper.http.BearerToken;
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

    @Inject
    ApiKeyService apiKeys;

    @Inject
    ScimTenant tenant;

    @Inject
    RequestOrigin origin;

    @Inject
    FailedAttempts failedAttempts;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Duration> wait = failedAttempts.retryAfter(servletRequest);
        if (wait.isPresent()) {
            request.abortWith(FailedAttempts.tooMany(ScimErrors.response(429, null,
                    "Too many failed attempts from this client; retry later"), wait.get()));
            return;
        }
        Optional<String> token = BearerToken.of(
                request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Optional<ApiKeyService.Authenticated> authenticated = token
                .flatMap(apiKeys::authenticate);
        if (authenticated.isEmpty()) {
            if (token.isPresent()) {
                failedAttempts.failed(servletRequest);
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
}
