package io.seatkeeper.scim;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /Me} (RFC 7644 §3.11): an API key belongs to an organization, not to a user, so
 * there is no "me"; the RFC asks for 501 in that case rather than 404.
 */
@Path("Me")
public class MeResource {

    @Operation(summary = "Not supported (501)")
    @GET
    public Response get() {
        return notImplemented();
    }

    @Operation(summary = "Not supported (501)")
    @POST
    public Response post() {
        return notImplemented();
    }

    @Operation(summary = "Not supported (501)")
    @PUT
    public Response put() {
        return notImplemented();
    }

    @Operation(summary = "Not supported (501)")
    @PATCH
    public Response patch() {
        return notImplemented();
    }

    @Operation(summary = "Not supported (501)")
    @DELETE
    public Response delete() {
        return notImplemented();
    }

    private static Response notImplemented() {
        return ScimErrors.response(501, null,
                "/Me is not supported: API keys belong to organizations, not to users");
    }
}
