package io.seatkeeper.admin;

import io.seatkeeper.admin.AdminViews.ApiKeyView;
import io.seatkeeper.admin.AdminViews.AuditEntryView;
import io.seatkeeper.admin.AdminViews.AuditPage;
import io.seatkeeper.admin.AdminViews.IssuedKeyView;
import io.seatkeeper.admin.AdminViews.LicenseView;
import io.seatkeeper.admin.AdminViews.NotificationView;
import io.seatkeeper.admin.AdminViews.OrganizationView;
import io.seatkeeper.audit.AuditTrail;
import io.seatkeeper.license.LicenseService;
import io.seatkeeper.notification.Outbox;
import io.seatkeeper.organization.ApiKeyService;
import io.seatkeeper.organization.Organization;
import io.seatkeeper.organization.OrganizationService;
import io.seatkeeper.scim.JsonFields;
import io.seatkeeper.scim.Paging;
import io.seatkeeper.scim.ScimException;
import io.seatkeeper.scim.ScimJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The operator's view of organizations and everything that belongs to one. */
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    /** Later than any entry, and still a timestamp every database can compare with. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

    @Inject
    OrganizationService organizations;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    LicenseService licenses;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Context
    UriInfo uriInfo;

    @Operation(summary = "Create an organization from its name and seats")
    @APIResponse(responseCode = "201", description = "Created")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(byte[] body) {
        JsonFields fields = JsonFields.of(ScimJson.parseObject(body));
        Organization organization = organizations.create(fields.string("name"),
                requiredSeats(fields));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(organization.id().toString()).build())
                .entity(OrganizationView.of(organization))
                .build();
    }

    @Operation(summary = "All organizations")
    @GET
    public List<OrganizationView> list() {
        return organizations.list().stream().map(OrganizationView::of).toList();
    }

    @Operation(summary = "One organization")
    @GET
    @Path("{id}")
    public OrganizationView get(@PathParam("id") String id) {
        return OrganizationView.of(organizations.find(parseId(id)));
    }

    @Operation(summary = "Change name, seats and/or strictAttributes")
    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganizationView update(@PathParam("id") String id, byte[] body) {
        JsonFields fields = JsonFields.of(ScimJson.parseObject(body));
        Integer seats = fields.get("seats") == null ? null : requiredSeats(fields);
        return OrganizationView.of(organizations.update(parseId(id), fields.string("name"),
                seats, fields.bool("strictAttributes")));
    }

    @Operation(summary = "Switch SCIM on or off")
    @PUT
    @Path("{id}/scim")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganizationView setScim(@PathParam("id") String id, byte[] body) {
        Boolean enabled = JsonFields.of(ScimJson.parseObject(body)).bool("enabled");
        if (enabled == null) {
            throw ScimException.badRequest(null, "'enabled' (true or false) is required");
        }
        return OrganizationView.of(organizations.enableScim(parseId(id), enabled));
    }

    @Operation(summary = "A new SCIM API key; its token is shown this once")
    @APIResponse(responseCode = "201", description = "Created")
    @POST
    @Path("{id}/api-keys")
    public Response issueKey(@PathParam("id") String id) {
        IssuedKeyView issued = IssuedKeyView.of(apiKeys.issue(parseId(id)));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(issued.id().toString()).build())
                .entity(issued)
                .build();
    }

    @Operation(summary = "Live API keys, without tokens")
    @GET
    @Path("{id}/api-keys")
    public List<ApiKeyView> listKeys(@PathParam("id") String id) {
        return apiKeys.list(parseId(id)).stream().map(ApiKeyView::of).toList();
    }

    @Operation(summary = "Revoke an API key at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @DELETE
    @Path("{id}/api-keys/{keyId}")
    public Response revokeKey(@PathParam("id") String id, @PathParam("keyId") String keyId) {
        apiKeys.revoke(parseId(id), parseId(keyId));
        return Response.noContent().build();
    }

    @Operation(summary = "License keys and their status")
    @GET
    @Path("{id}/licenses")
    public List<LicenseView> listLicenses(@PathParam("id") String id) {
        UUID organizationId = organizations.find(parseId(id)).id();
        return licenses.listFor(organizationId).stream().map(LicenseView::of).toList();
    }

    @Operation(summary = "The mail outbox and its delivery state")
    @GET
    @Path("{id}/notifications")
    public List<NotificationView> listNotifications(@PathParam("id") String id) {
        UUID organizationId = organizations.find(parseId(id)).id();
        return outbox.listFor(organizationId).stream().map(NotificationView::of).toList();
    }

    /**
     * The organization's audit trail, newest first, from {@code since} (inclusive) to
     * {@code until} (exclusive), both ISO-8601 instants, paged like SCIM lists.
     */
    @Operation(summary = "The audit trail, newest first")
    @GET
    @Path("{id}/audit")
    public AuditPage audit(@PathParam("id") String id, @QueryParam("since") String since,
            @QueryParam("until") String until, @QueryParam("startIndex") String startIndex,
            @QueryParam("count") String count) {
        UUID organizationId = organizations.find(parseId(id)).id();
        Paging paging = Paging.of(startIndex, count);
        AuditTrail.Page page = audit.list(organizationId, instant("since", since, Instant.EPOCH),
                instant("until", until, END_OF_TIME), paging.startIndex(),
                Math.max(paging.count(), 0));
        List<AuditEntryView> entries = page.entries().stream().map(AuditEntryView::of).toList();
        return new AuditPage(page.totalResults(), paging.startIndex(), entries.size(), entries);
    }

    private static Instant instant(String name, String value, Instant absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ScimException.badRequest(null, "'" + name + "' must be an ISO-8601 date"
                    + " and time such as 2026-12-01T00:00:00Z");
        }
    }

    private static int requiredSeats(JsonFields fields) {
        if (!fields.isNumber("seats")) {
            throw ScimException.badRequest(null, "'seats' must be a whole number");
        }
        try {
            return ((jakarta.json.JsonNumber) fields.get("seats")).intValueExact();
        } catch (ArithmeticException e) {
            throw ScimException.badRequest(null, "'seats' must be a whole number");
        }
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ScimException.notFound("No such resource: " + id);
        }
    }
}
