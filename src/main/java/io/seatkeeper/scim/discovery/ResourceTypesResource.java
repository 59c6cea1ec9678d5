package io.seatkeeper.scim.discovery;

import io.seatkeeper.scim.ListResponse;
import io.seatkeeper.scim.ScimException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /scim/v2/ResourceTypes} (RFC 7644 §4): the resources served, and where. */
@Path("ResourceTypes")
@RequestScoped
public class ResourceTypesResource {

    private static final String RESOURCE_TYPE = "ResourceType";

    @Context
    UriInfo uriInfo;

    /** All of them in one page; paging and sorting parameters are ignored (RFC 7644 §4). */
    @Operation(summary = "The resource types, User and Group")
    @GET
    public Response list(@QueryParam("filter") String filter) {
        DiscoveryDocuments.refuseFilter(filter);
        List<JsonObject> types = ResourceType.ALL.stream().map(this::document).toList();
        return DiscoveryDocuments.ok(ListResponse.of(types, types.size(), 1));
    }

    @Operation(summary = "One resource type")
    @GET
    @Path("{name}")
    public Response get(@PathParam("name") String name) {
        ResourceType type = ResourceType.named(name).orElseThrow(
                () -> ScimException.notFound("Resource type " + name + " not found"));
        return DiscoveryDocuments.ok(document(type));
    }

    private JsonObject document(ResourceType type) {
        return DiscoveryDocuments.withMeta(type.toJson(), RESOURCE_TYPE,
                DiscoveryDocuments.location(uriInfo, "ResourceTypes", type.name()));
    }
}
