package io.seatkeeper.scim;

import static io.seatkeeper.scim.ScimJson.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** A query's page as a SCIM ListResponse (RFC 7644 §3.4.2). */
public final class ListResponse {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private ListResponse() {
    }

    /** A page of cursor pagination (RFC 9865 §3): no startIndex, a nextCursor unless last. */
    public static JsonObject ofCursorPage(List<JsonObject> resources, long totalResults,
            String nextCursor) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        resources.forEach(items::add);
        JsonObjectBuilder page = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(SCHEMA))
                .add("totalResults", totalResults)
                .add("itemsPerPage", resources.size());
        if (nextCursor != null) {
            page.add("nextCursor", nextCursor);
        }
        return page.add("Resources", items).build();
    }

    public static JsonObject of(List<JsonObject> resources, long totalResults, int startIndex) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        resources.forEach(items::add);
        return JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(SCHEMA))
                .add("totalResults", totalResults)
                .add("startIndex", startIndex)
                .add("itemsPerPage", resources.size())
                .add("Resources", items)
                .build();
    }
}
