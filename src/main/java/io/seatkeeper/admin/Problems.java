package io.seatkeeper.admin;

import static io.seatkeeper.scim.ScimJson.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Admin API errors as RFC 9457 problem details. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static Response response(int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", type == null ? "Error" : type.getReasonPhrase())
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString())
                .build();
    }
}
