package io.seatkeeper.scim;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * {@code /Me} (RFC 7644 §3.11): an API key belongs to an organization, not to a user, so
 * there is no "me"; the RFC asks for 501 in that case rather than 404.
 */
@Path("Me")
public class MeResource {

    @GET
    public Response get() {
        return notImplemented();
    }

    @POST
    public Response post() {
        return notImplemented();
    }

    @PUT
    public Response put() {
        return notImplemented();
    }

    @PATCH
    public Response patch() {
        return notImplemented();
    }

    @DELETE
    public Response delete() {
        return notImplemented();
    }

    private static Response notImplemented() {
        return ScimErrors.response(501, null,
                "/Me is not supported: API keys belong to organizations, not to users");
    }
}
