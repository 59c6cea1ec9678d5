package io.seatkeeper.scim.group;

import io.seatkeeper.group.Group;
import io.seatkeeper.group.GroupService;
import io.seatkeeper.group.MemberChange;
import io.seatkeeper.scim.AttributeSelection;
import io.seatkeeper.scim.JsonFields;
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
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /scim/v2/Groups} (RFC 7644 §3), as Okta's Push Groups and Entra ID use it. */
@Path("Groups")
@RequestScoped
public class GroupsResource {

    private static final PatchEngine PATCH_ENGINE =
            new PatchEngine(ScimSchemas.GROUP, List.of());

    @Inject
    GroupService groups;

    @Inject
    ScimTenant tenant;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "List groups: filter, sort, page")
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
    @Operation(summary = "Search groups with a SearchRequest body")
    @POST
    @Path(".search")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response search(byte[] body) {
        return ScimRequests.ok(list(ListRequest.ofSearch(ScimJson.parseObject(body))));
    }

    public JsonObject list(ListRequest request) {
        AttributeSelection selection = selection(request);
        TenantSearch.Result<Group> page = groups.search(tenant.organizationId(), request.query());
        List<JsonObject> resources = page.resources().stream()
                .map(group -> selection.apply(toJson(group, selection)))
                .toList();
        return request.response(resources, page.totalResults(), page.next());
    }

    @Operation(summary = "One group")
    @APIResponse(responseCode = "200", description = "The group")
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AttributeSelection selection = selection(attributes, excludedAttributes);
        Group group = groups.find(tenant.organizationId(), parseId(id));
        if (Preconditions.notModified(ifNoneMatch, GroupRepresentation.etag(group))) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, GroupRepresentation.etag(group)).build();
        }
        return resource(Response.ok(), group, selection);
    }

    @Operation(summary = "Create a group with its members")
    @APIResponse(responseCode = "201", description = "Created")
    @POST
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response create(byte[] body) {
        JsonObject json = ScimJson.parseObject(body);
        tenant.checkResource(json, StrictAttributes.GROUP);
        Group group = groups.create(tenant.organizationId(), GroupRepresentation.fromJson(json),
                GroupRepresentation.memberIds(membersOf(json)));
        return resource(Response.created(location(group)), group, requestedSelection());
    }

    /** Replaces the group and its whole member list (RFC 7644 §3.5.1). */
    @Operation(summary = "Replace a group and its member list")
    @APIResponse(responseCode = "200", description = "The group as stored")
    @PUT
    @Path("{id}")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response replace(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        UUID groupId = parseId(id);
        JsonObject json = ScimJson.parseObject(body);
        tenant.checkResource(json, StrictAttributes.GROUP);
        Group group = groups.update(tenant.organizationId(), groupId,
                current -> GroupRepresentation.fromJson(json),
                List.of(MemberChange.removeAll(),
                        MemberChange.add(GroupRepresentation.memberIds(membersOf(json)))),
                current -> Preconditions.requireMatch(ifMatch, GroupRepresentation.etag(current)));
        return resource(Response.ok(), group, requestedSelection());
    }

    /**
     * Applies all operations or none (RFC 7644 §3.5.2). Answers 204 unless the client asks
     * for attributes: returning the whole group would mean reading every member of it after
     * each member change.
     */
    @Operation(summary = "Rename a group, add or remove members")
    @APIResponse(responseCode = "200", description = "The group, when attributes are asked for")
    @APIResponse(responseCode = "204", description = "Changed")
    @PATCH
    @Path("{id}")
    @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
    public Response patch(@PathParam("id") String id, @QueryParam("attributes") String attributes,
            @QueryParam("excludedAttributes") String excludedAttributes,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, byte[] body) {
        UUID groupId = parseId(id);
        List<PatchOperation> operations = PatchRequest.parse(ScimJson.parseObject(body));
        tenant.checkPatch(operations, StrictAttributes.GROUP);
        GroupPatch patch = GroupPatch.of(operations);
        Group group = groups.update(tenant.organizationId(), groupId,
                patch.attributeOperations().isEmpty() ? null : current -> {
                    JsonObject patched = PATCH_ENGINE.apply(
                            GroupRepresentation.toJson(current, null, location(current),
                                    this::userLocation),
                            patch.attributeOperations());
                    return GroupRepresentation.fromJson(patched);
                },
                patch.memberChanges(),
                current -> Preconditions.requireMatch(ifMatch, GroupRepresentation.etag(current)));
        if (attributes == null && excludedAttributes == null) {
            return Response.noContent()
                    .header(HttpHeaders.ETAG, GroupRepresentation.etag(group))
                    .build();
        }
        return resource(Response.ok(), group, selection(attributes, excludedAttributes));
    }

    @Operation(summary = "Delete a group")
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        groups.delete(tenant.organizationId(), parseId(id),
                current -> Preconditions.requireMatch(ifMatch, GroupRepresentation.etag(current)));
        return Response.noContent().build();
    }

    private Response resource(Response.ResponseBuilder response, Group group,
            AttributeSelection selection) {
        return ScimRequests.scim(
                response.header(HttpHeaders.ETAG, GroupRepresentation.etag(group)),
                selection.apply(toJson(group, selection)));
    }

    /** Members are read only when the response carries them. */
    private JsonObject toJson(Group group, AttributeSelection selection) {
        List<GroupService.Member> members = selection.includes("members")
                ? groups.members(group.id()) : null;
        return GroupRepresentation.toJson(group, members, location(group), this::userLocation);
    }

    private static JsonValue membersOf(JsonObject json) {
        return JsonFields.of(json).get("members");
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
        return request.selection(GroupRepresentation.SCHEMA, List.of());
    }

    private URI location(Group group) {
        return uriInfo.getBaseUriBuilder().path("Groups").path(group.id().toString()).build();
    }

    private URI userLocation(UUID userId) {
        return uriInfo.getBaseUriBuilder().path("Users").path(userId.toString()).build();
    }

    private static UUID parseId(String id) {
        return ScimRequests.id(id, "Group");
    }
}
