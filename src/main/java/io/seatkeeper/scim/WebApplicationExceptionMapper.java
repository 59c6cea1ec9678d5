package io.seatkeeper.scim;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (no such path, wrong method, unsupported media type) in the
 * SCIM error format, with a detail of our own rather than the runtime's message.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response response = ScimErrors.response(status, null, detailFor(status));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response)
                    .header("Allow", e.getResponse().getHeaderString("Allow"))
                    .build();
        }
        return response;
    }

    private static String detailFor(int status) {
        switch (status) {
            case 400:
                return "The request is malformed";
            case 404:
                return "No such resource or endpoint";
            case 405:
                return "This endpoint does not support that HTTP method";
            case 406:
                return "Responses are available as application/scim+json only";
            case 415:
                return "Send the body as application/scim+json or application/json";
            default:
                return Response.Status.Family.familyOf(status)
                        == Response.Status.Family.SERVER_ERROR
                        ? "The server failed to handle the request" : "The request failed";
        }
    }
}
