package io.seatkeeper.scim.user;

import io.seatkeeper.group.GroupService;
import io.seatkeeper.scim.AttributeSelection;
import io.seatkeeper.scim.ListRequest;
import io.seatkeeper.scim.Preconditions;
import io.seatkeeper.scim.ScimJson;
import io.seatkeeper.scim.ScimMediaType;
import io.seatkeeper.scim.ScimRequests;
import io.seatkeeper.scim.ScimTenant;
import io.seatkeeper.scim.StrictAttributes;
import io.seatkeeper.scim.patch.PatchEngine;
import io.seatkeeper.scim.patch.PatchOperation;
import io.seatkeeper.scim.patch.PatchRequest;
import io.seatkeeper.scim.query.TenantSearch;
import io.seatkeeper.scim.schema.ScimSchemas;
import io.seatkeeper.user.User;
import io.seatkeeper.user.UserService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /scim/v2/Users} (RFC 7644 §3), for the organization of the request's API key. */
@Path("Users")
@RequestScoped
public class UsersResource {

    private static final PatchEngine PATCH_ENGINE =
            new PatchEngine(ScimSchemas.USER, List.of(ScimSchemas.ENTERPRISE_USER));

    @Inject
    UserService users;

    @Inject
    GroupService groups;

    @Inject
    ScimTenant tenant;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "List users: filter, sort, page (RFC 7644 §3.4.2)")
    @GET
    public Response list(@QueryParam("filter") String filter, @QueryParam("sortBy") String sortBy,
            @QueryParam("sortOrder") String sortOrder, @QueryParam("startIndex") String startIndex,
            @QueryParam("count") String count, @QueryParam("cursor") String cursor,
            @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes) {
        return ScimRequests.ok(list(ListRequest.of(filter, sortBy, sortOrder, startIndex, count,
                cursor, attributes, excludedAttributes)));
    }

    /** The same as a GET, with the request in the body (RFC 7644 §3.4.3). */
    @Operation(summary = "Search users with a SearchRequest body (RFC 7644 §3.4.3)")
    @POST
    @Path(".search")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response search(byte[] body) {
        return ScimRequests.ok(list(ListRequest.ofSearch(ScimJson.parseObject(body))));
    }

    public JsonObject list(ListRequest request) {
        AttributeSelection selection = selection(request);
        TenantSearch.Result<User> page = users.search(tenant.organizationId(), request.query());
        Map<UUID, List<GroupService.Membership>> memberships = selection.includes("groups")
                ? groups.groupsOf(page.resources().stream().map(User::id).toList()) : Map.of();
        List<JsonObject> resources = page.resources().stream()
                .map(user -> selection.apply(toJson(user,
                        memberships.getOrDefault(user.id(), List.of()))))
                .toList();
        return request.response(resources, page.totalResults(), page.next());
    }

    @Operation(summary = "One user")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AttributeSelection selection = selection(attributes, excludedAttributes);
        User user = users.find(tenant.organizationId(), parseId(id));
        if (Preconditions.notModified(ifNoneMatch, UserRepresentation.etag(user))) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, UserRepresentation.etag(user)).build();
        }
        return resource(Response.ok(), user, selection);
    }

    @Operation(summary = "Provision a user; an active one gets a license key")
    @APIResponse(responseCode = "201", description = "Created")
    @POST
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response create(byte[] body) {
        JsonObject json = ScimJson.parseObject(body);
        tenant.checkResource(json, StrictAttributes.USER);
        User user = users.create(tenant.organizationId(), UserRepresentation.fromJson(json, true));
        return resource(Response.created(location(user)), user, requestedSelection());
    }

    /** Replaces the user (RFC 7644 §3.5.1); it never creates one. */
    @Operation(summary = "Replace a user; never creates")
    @APIResponse(responseCode = "200", description = "The user as stored")
    @PUT
    @Path("{id}")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response replace(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        UUID userId = parseId(id);
        JsonObject json = ScimJson.parseObject(body);
        tenant.checkResource(json, StrictAttributes.USER);
        User user = users.update(tenant.organizationId(), userId, current -> {
            Preconditions.requireMatch(ifMatch, UserRepresentation.etag(current));
            return UserRepresentation.fromJson(json, current.isActive());
        });
        return resource(Response.ok(), user, requestedSelection());
    }

    /** Applies all operations or none (RFC 7644 §3.5.2). */
    @Operation(summary = "Change a user with PatchOp operations (RFC 7644 §3.5.2)")
    @APIResponse(responseCode = "200", description = "The user as stored")
    @PATCH
    @Path("{id}")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        UUID userId = parseId(id);
        List<PatchOperation> operations = PatchRequest.parse(ScimJson.parseObject(body));
        tenant.checkPatch(operations, StrictAttributes.USER);
        // A PATCH cannot change groups (read-only), so they are read once for both uses.
        List<GroupService.Membership> memberships = groupsOf(userId);
        User user = users.update(tenant.organizationId(), userId, current -> {
            Preconditions.requireMatch(ifMatch, UserRepresentation.etag(current));
            JsonObject patched = PATCH_ENGINE.apply(toJson(current, memberships), operations);
            return UserRepresentation.fromJson(patched, current.isActive());
        });
        AttributeSelection selection = requestedSelection();
        return resource(Response.ok(), user, selection,
                selection.includes("groups") ? memberships : List.of());
    }

    @Operation(summary = "Delete a user; its license is deactivated first")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        users.delete(tenant.organizationId(), parseId(id),
                current -> Preconditions.requireMatch(ifMatch, UserRepresentation.etag(current)));
        return Response.noContent().build();
    }

    private Response resource(Response.ResponseBuilder response, User user,
            AttributeSelection selection) {
        return resource(response, user, selection,
                selection.includes("groups") ? groupsOf(user.id()) : List.of());
    }

    private Response resource(Response.ResponseBuilder response, User user,
            AttributeSelection selection, List<GroupService.Membership> memberships) {
        return ScimRequests.scim(
                response.header(HttpHeaders.ETAG, UserRepresentation.etag(user)),
                selection.apply(toJson(user, memberships)));
    }

    private List<GroupService.Membership> groupsOf(UUID userId) {
        return groups.groupsOf(List.of(userId)).getOrDefault(userId, List.of());
    }

    private JsonObject toJson(User user, List<GroupService.Membership> memberships) {
        return UserRepresentation.toJson(user, memberships, location(user),
                groupId -> uriInfo.getBaseUriBuilder().path("Groups").path(groupId.toString())
                        .build());
    }

    /** RFC 7644 §3.9: a write answers with the attributes its query string asks for. */
    private AttributeSelection requestedSelection() {
        MultivaluedMap<String, String> query = uriInfo.getQueryParameters();
        return selection(query.getFirst("attributes"), query.getFirst("excludedAttributes"));
    }

    private static AttributeSelection selection(String attributes, String excludedAttributes) {
        return selection(new ListRequest(null, attributes, excludedAttributes));
    }

    private static AttributeSelection selection(ListRequest request) {
        return request.selection(UserRepresentation.SCHEMA,
                List.of(ScimSchemas.ENTERPRISE_USER_ID));
    }

    private URI location(User user) {
        return uriInfo.getBaseUriBuilder().path("Users").path(user.id().toString()).build();
    }

    private static UUID parseId(String id) {
        return ScimRequests.id(id, "User");
    }
}
