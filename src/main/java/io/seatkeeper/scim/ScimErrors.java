package io.seatkeeper.scim;

import static io.seatkeeper.scim.ScimJson.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds SCIM error responses (RFC 7644 §3.12); every SCIM failure goes out through here. */
public final class ScimErrors {

    public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private ScimErrors() {
    }

    public static Response response(int status, ScimType scimType, String detail) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ERROR_SCHEMA))
                .add("status", String.valueOf(status));
        if (scimType != null) {
            body.add("scimType", scimType.wireName());
        }
        if (detail != null) {
            body.add("detail", detail);
        }
        return Response.status(status)
                .type(ScimMediaType.SCIM_JSON_UTF8)
                .entity(body.build().toString())
                .build();
    }

    public static Response response(ScimException e) {
        return response(e.status(), e.scimType(), e.detail());
    }
}
