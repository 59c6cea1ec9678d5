package io.seatkeeper.scim.discovery;

import io.seatkeeper.scim.ListResponse;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.schema.ResourceSchema;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /scim/v2/Schemas} (RFC 7644 §4): the schemas of every resource type, core and
 * extensions, so that the two discovery endpoints cannot disagree about which exist.
 */
@Path("Schemas")
@RequestScoped
public class SchemasResource {

    private static final String RESOURCE_TYPE = "Schema";

    static final List<ResourceSchema> SCHEMAS = ResourceType.ALL.stream()
            .flatMap(ResourceType::schemas)
            .distinct()
            .toList();

    @Context
    UriInfo uriInfo;

    /** All of them in one page; paging and sorting parameters are ignored (RFC 7644 §4). */
    @Operation(summary = "The schemas and their attributes")
    @GET
    public Response list(@QueryParam("filter") String filter) {
        DiscoveryDocuments.refuseFilter(filter);
        List<JsonObject> schemas = SCHEMAS.stream().map(this::document).toList();
        return DiscoveryDocuments.ok(ListResponse.of(schemas, schemas.size(), 1));
    }

    @Operation(summary = "One schema by its URN")
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        ResourceSchema schema = withId(id).orElseThrow(
                () -> ScimException.notFound("Schema " + id + " not found"));
        return DiscoveryDocuments.ok(document(schema));
    }

    /** URNs are compared without regard to case, as they are in a resource's {@code schemas}. */
    private static Optional<ResourceSchema> withId(String id) {
        return SCHEMAS.stream().filter(schema -> schema.id().equalsIgnoreCase(id)).findFirst();
    }

    private JsonObject document(ResourceSchema schema) {
        return DiscoveryDocuments.withMeta(SchemaRepresentation.toJson(schema), RESOURCE_TYPE,
                DiscoveryDocuments.location(uriInfo, "Schemas", schema.id()));
    }
}
