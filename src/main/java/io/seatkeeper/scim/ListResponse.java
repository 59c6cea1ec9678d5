package io.seatkeeper.scim;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** A query's page as a SCIM ListResponse (RFC 7644 §3.4.2). */
public final class ListResponse {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private ListResponse() {
    }

    public static JsonObject of(List<JsonObject> resources, long totalResults, int startIndex) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        resources.forEach(items::add);
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(SCHEMA))
                .add("totalResults", totalResults)
                .add("startIndex", startIndex)
                .add("itemsPerPage", resources.size())
                .add("Resources", items)
                .build();
    }
}
