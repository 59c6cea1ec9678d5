package io.seatkeeper.admin;

import io.seatkeeper.admin.AdminViews.Verification;
import io.seatkeeper.license.LicenseService;
import io.seatkeeper.scim.JsonFields;
import io.seatkeeper.scim.ScimJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The check the licensed application makes. It needs no credentials, so it answers only
 * "valid" or "not valid": an unknown, mistyped or deactivated key all look the same.
 */
@Path("licenses/verify")
@RequestScoped
public class LicenseVerificationResource {

    @Inject
    LicenseService licenses;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Verification verify(byte[] body) {
        String key = JsonFields.of(ScimJson.parseObject(body)).string("key");
        return licenses.findActiveByKey(key)
                .map(Verification::of)
                .orElse(Verification.INVALID);
    }
}
