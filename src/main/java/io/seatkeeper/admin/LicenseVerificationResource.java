package io.seatkeeper.admin;

import io.seatkeeper.admin.AdminViews.Verification;
import io.seatkeeper.http.FailedAttempts;
import io.seatkeeper.license.License;
import io.seatkeeper.license.LicenseService;
import io.seatkeeper.scim.JsonFields;
import io.seatkeeper.scim.ScimJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The check the licensed application makes. It needs no credentials, so it answers only
 * "valid" or "not valid": an unknown, mistyped or deactivated key all look the same.
 */
@Path("licenses/verify")
@RequestScoped
public class LicenseVerificationResource {

    @Inject
    LicenseService licenses;

    @Inject
    FailedAttempts failedAttempts;

    @Context
    HttpServletRequest servletRequest;

    @Operation(summary = "Check a license key; needs no credentials")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify(byte[] body) {
        Optional<Duration> wait = failedAttempts.retryAfter(servletRequest);
        if (wait.isPresent()) {
            return FailedAttempts.tooMany(Problems.response(429,
                    "Too many unknown keys from this client; retry later"), wait.get());
        }

        String key = JsonFields.of(ScimJson.parseObject(body)).string("key");
        Optional<License> license = licenses.findByKey(key);
        if (license.isEmpty()) {
            // Only keys that are no license's count: guessing is what this slows down, and a
            // product checking a deactivated user's real key is not guessing.
            failedAttempts.failed(servletRequest);
        }
        Verification answer = license.filter(License::isActive)
                .map(Verification::of)
                .orElse(Verification.INVALID);
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }
}
