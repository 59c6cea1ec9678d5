package io.seatkeeper.scim;

import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.FilterParser;
import io.seatkeeper.scim.filter.FilterSyntaxException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** What every SCIM resource reads from requests and writes into responses the same way. */
public final class ScimRequests {

    private ScimRequests() {
    }

    /** The parsed {@code filter} parameter, or null when there is none. */
    public static Filter filter(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        try {
            return FilterParser.parse(filter);
        } catch (FilterSyntaxException e) {
            throw ScimException.badRequest(ScimType.INVALID_FILTER, e.getMessage());
        }
    }

    /** Resource ids are UUIDs; anything else names no resource. */
    public static UUID id(String id, String resourceType) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ScimException.notFound(resourceType + " " + id + " not found");
        }
    }

    public static Response ok(JsonObject body) {
        return scim(Response.ok(), body);
    }

    public static Response scim(Response.ResponseBuilder response, JsonObject body) {
        return response.type(ScimMediaType.SCIM_JSON_UTF8).entity(body.toString()).build();
    }
}
