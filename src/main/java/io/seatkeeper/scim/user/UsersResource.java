package io.seatkeeper.scim.user;

import io.seatkeeper.scim.ListResponse;
import io.seatkeeper.scim.Paging;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimJson;
import io.seatkeeper.scim.ScimMediaType;
import io.seatkeeper.scim.ScimTenant;
import io.seatkeeper.scim.ScimType;
import io.seatkeeper.scim.filter.Filter;
import io.seatkeeper.scim.filter.FilterParser;
import io.seatkeeper.scim.filter.FilterSyntaxException;
import io.seatkeeper.scim.patch.PatchEngine;
import io.seatkeeper.scim.patch.PatchOperation;
import io.seatkeeper.scim.patch.PatchRequest;
import io.seatkeeper.scim.schema.ScimSchemas;
import io.seatkeeper.user.User;
import io.seatkeeper.user.UserService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** {@code /scim/v2/Users} (RFC 7644 §3), for the organization of the request's API key. */
@Path("Users")
@RequestScoped
public class UsersResource {

    private static final PatchEngine PATCH_ENGINE =
            new PatchEngine(ScimSchemas.USER, List.of(ScimSchemas.ENTERPRISE_USER));

    @Inject
    UserService users;

    @Inject
    ScimTenant tenant;

    @Context
    UriInfo uriInfo;

    @GET
    public Response list(@QueryParam("filter") String filter,
            @QueryParam("startIndex") String startIndex, @QueryParam("count") String count) {
        Paging paging = Paging.of(startIndex, count);
        UserService.Page page = users.search(tenant.organizationId(), parseFilter(filter),
                paging.startIndex(), paging.count());
        List<JsonObject> resources = page.users().stream()
                .map(user -> UserRepresentation.toJson(user, location(user)))
                .toList();
        return scim(Response.ok(), ListResponse.of(resources, page.totalResults(),
                paging.startIndex()));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        User user = users.find(tenant.organizationId(), parseId(id));
        return resource(Response.ok(), user);
    }

    @POST
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response create(String body) {
        JsonObject json = ScimJson.parseObject(body);
        User user = users.create(tenant.organizationId(), UserRepresentation.fromJson(json, true));
        return resource(Response.created(location(user)), user);
    }

    /** Replaces the user (RFC 7644 §3.5.1); it never creates one. */
    @PUT
    @Path("{id}")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response replace(@PathParam("id") String id, String body) {
        UUID userId = parseId(id);
        JsonObject json = ScimJson.parseObject(body);
        User user = users.update(tenant.organizationId(), userId,
                current -> UserRepresentation.fromJson(json, current.isActive()));
        return resource(Response.ok(), user);
    }

    /** Applies all operations or none (RFC 7644 §3.5.2). */
    @PATCH
    @Path("{id}")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") String id, String body) {
        UUID userId = parseId(id);
        List<PatchOperation> operations = PatchRequest.parse(ScimJson.parseObject(body));
        User user = users.update(tenant.organizationId(), userId, current -> {
            JsonObject patched = PATCH_ENGINE.apply(
                    UserRepresentation.toJson(current, location(current)), operations);
            return UserRepresentation.fromJson(patched, current.isActive());
        });
        return resource(Response.ok(), user);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        users.delete(tenant.organizationId(), parseId(id));
        return Response.noContent().build();
    }

    private Response resource(Response.ResponseBuilder response, User user) {
        return scim(response.header(HttpHeaders.ETAG, UserRepresentation.etag(user)),
                UserRepresentation.toJson(user, location(user)));
    }

    private static Response scim(Response.ResponseBuilder response, JsonObject body) {
        return response.type(ScimMediaType.SCIM_JSON_UTF8).entity(body.toString()).build();
    }

    private URI location(User user) {
        return uriInfo.getBaseUriBuilder().path("Users").path(user.id().toString()).build();
    }

    private static Filter parseFilter(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        try {
            return FilterParser.parse(filter);
        } catch (FilterSyntaxException e) {
            throw ScimException.badRequest(ScimType.INVALID_FILTER, e.getMessage());
        }
    }

    /** Ids are UUIDs; anything else names no user. */
    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ScimException.notFound("User " + id + " not found");
        }
    }
}
