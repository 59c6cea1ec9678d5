package io.seatkeeper.scim.discovery;

import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimMediaType;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;

/**
 * What the discovery documents share: each reads the same for every organization and request
 * but for {@code meta.location}, which names the host the client called and so is added last.
 */
final class DiscoveryDocuments {

    /**
     * One factory for every document: {@code Json.createObjectBuilder()} looks the JSON-P
     * provider up again on each call, a cost the static ServiceProviderConfig should not pay.
     */
    static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private DiscoveryDocuments() {
    }

    /** The document with the {@code meta} of RFC 7643 §3.1 that discovery resources carry. */
    static JsonObject withMeta(JsonObject document, String resourceType, URI location) {
        return JSON.createObjectBuilder(document)
                .add("meta", JSON.createObjectBuilder()
                        .add("resourceType", resourceType)
                        .add("location", location.toString()))
                .build();
    }

    /** The absolute URI of an endpoint below {@code /scim/v2}, as the client reached it. */
    static URI location(UriInfo uriInfo, String... segments) {
        UriBuilder uri = uriInfo.getBaseUriBuilder();
        for (String segment : segments) {
            uri.segment(segment);
        }
        return uri.build();
    }

    /**
     * RFC 7644 §4 has the discovery lists ignore query parameters, but a filter SHOULD be
     * refused with 403 so that a client never takes the whole list for the matches.
     */
    static void refuseFilter(String filter) {
        if (filter != null) {
            throw new ScimException(403, null,
                    "Discovery endpoints do not support filters (RFC 7644 §4)");
        }
    }

    static Response ok(JsonObject body) {
        return Response.ok(body.toString(), ScimMediaType.SCIM_JSON_UTF8).build();
    }
}
