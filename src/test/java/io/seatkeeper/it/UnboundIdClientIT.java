package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.USER_SCHEMA;
import static io.seatkeeper.it.ServerUnderTest.baseUrl;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.bulk.BulkOperation;
import com.unboundid.scim2.common.bulk.BulkOperationResult;
import com.unboundid.scim2.common.bulk.BulkResponse;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.PreconditionFailedException;
import com.unboundid.scim2.common.exceptions.ResourceConflictException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.messages.SortOrder;
import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seatkeeper driven through UnboundID's SCIM 2 SDK, a client written with no knowledge of this
 * server: what it sends must be understood, and what the server answers must parse into the
 * SDK's own types (which refuse unknown attributes by default).
 */
class UnboundIdClientIT {

    private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String ENTERPRISE_SCHEMA =
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private Client client;
    private ScimService scim;

    @BeforeEach
    void connectAsANewTenant() {
        client = ClientBuilder.newClient().register(new BearerToken(newTenant(5).apiKey()));
        scim = new ScimService(client.target(scimUrl("")));
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void createdUserComesBackWithWhatWasSent() throws ScimException {
        String email = uniqueEmail();

        UserResource created = scim.create("Users", user(email, "Ann", "Lee"));

        assertEquals(email, created.getUserName());
        assertEquals("Ann", created.getName().getGivenName());
        assertEquals("Lee", created.getName().getFamilyName());
        assertEquals("Ann Lee", created.getDisplayName());
        assertEquals(email, created.getEmails().get(0).getValue());
        assertEquals(true, created.getEmails().get(0).getPrimary());
        assertEquals(true, created.getActive());
        assertEquals("User", created.getMeta().getResourceType());
        assertEquals(scimUrl("/Users/" + created.getId()), created.getMeta().getLocationString());
        assertTrue(created.getMeta().getVersion().startsWith("W/"),
                created.getMeta().getVersion());
        assertTrue(created.getSchemaUrns().contains(USER_SCHEMA),
                created.getSchemaUrns()::toString);
    }

    @Test
    void userIsRetrievedByIdAndFoundByUserName() throws ScimException {
        String email = uniqueEmail();
        String id = scim.create("Users", user(email, "Ann", "Lee")).getId();
        scim.create("Users", user(uniqueEmail(), "Bob", "Ray"));

        UserResource retrieved = scim.retrieve("Users", id, UserResource.class);
        ListResponse<UserResource> found = scim.searchRequest("Users")
                .filter(Filter.eq("userName", email.toUpperCase()))
                .invoke(UserResource.class);
        ListResponse<UserResource> foundByPost = scim.searchRequest("Users")
                .filter(Filter.eq("userName", email))
                .invokePost(UserResource.class);

        assertEquals(id, retrieved.getId());
        assertEquals(email, retrieved.getUserName());
        assertEquals(1, found.getTotalResults());
        assertEquals(List.of(id), found.getResources().stream().map(UserResource::getId).toList());
        assertEquals(email, found.getResources().get(0).getUserName());
        assertEquals(1, foundByPost.getTotalResults());
        assertEquals(id, foundByPost.getResources().get(0).getId());
    }

    @Test
    void usersArePagedInUserNameOrder() throws ScimException {
        String suffix = "-" + UUID.randomUUID() + "@example.com";
        for (String first : List.of("carl", "ann", "bob")) {
            scim.create("Users", user(first + suffix, first, "Lee"));
        }

        ListResponse<UserResource> second = scim.searchRequest("Users")
                .sort("userName", SortOrder.ASCENDING)
                .page(2, 1)
                .invoke(UserResource.class);

        assertEquals(3, second.getTotalResults());
        assertEquals(2, second.getStartIndex());
        assertEquals(1, second.getItemsPerPage());
        assertEquals("bob" + suffix, second.getResources().get(0).getUserName());
    }

    @Test
    void cursorPagesWalkEveryUserOnce() throws ScimException {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(scim.create("Users", user(uniqueEmail(), "Ann", "Lee")).getId());
        }

        ListResponse<UserResource> first = scim.searchRequest("Users")
                .firstPageCursorWithCount(2)
                .invoke(UserResource.class);
        ListResponse<UserResource> last = scim.searchRequest("Users")
                .pageWithCursor(first.getNextCursor(), 2)
                .invoke(UserResource.class);

        List<String> walked = new ArrayList<>();
        first.forEach(user -> walked.add(user.getId()));
        last.forEach(user -> walked.add(user.getId()));
        assertEquals(created, walked);
        assertEquals(3, first.getTotalResults());
        assertNull(last.getNextCursor());
    }

    @Test
    void badFilterIsABadRequest() {
        BadRequestException bad = assertThrows(BadRequestException.class,
                () -> scim.searchRequest("Users").filter("userName eq").invoke(UserResource.class));

        assertEquals(400, bad.getScimError().getStatus());
        assertEquals("invalidFilter", bad.getScimError().getScimType());
    }

    @Test
    void unchangedUserIsNotModified() throws ScimException {
        UserResource user = scim.create("Users", user(uniqueEmail(), "Ann", "Lee"));

        // The SDK reads an error body from every non-2xx answer, and a 304 has none
        // (RFC 9110 §15.4.5), so it reports the status in a plain ScimException rather than
        // in its NotModifiedException.
        ScimException notModified = assertThrows(ScimException.class,
                () -> scim.retrieveRequest("Users", user.getId())
                        .ifNoneMatch(user.getMeta().getVersion())
                        .invoke(UserResource.class));

        assertEquals(304, notModified.getScimError().getStatus());
    }

    @Test
    void enterpriseExtensionRoundTrips() throws ScimException {
        UserResource user = user(uniqueEmail(), "Ann", "Lee");
        user.setExtension(new EnterpriseUserExtension()
                .setEmployeeNumber("E-42").setDepartment("Research"));

        String id = scim.create("Users", user).getId();

        UserResource reread = scim.retrieve("Users", id, UserResource.class);
        EnterpriseUserExtension enterprise = reread.getExtension(EnterpriseUserExtension.class);
        assertEquals("E-42", enterprise.getEmployeeNumber());
        assertEquals("Research", enterprise.getDepartment());
        assertTrue(reread.getSchemaUrns().contains(ENTERPRISE_SCHEMA),
                reread.getSchemaUrns()::toString);
    }

    @Test
    void replacedUserTakesTheNewValues() throws ScimException {
        UserResource user = scim.create("Users", user(uniqueEmail(), "Ann", "Lee"));
        String versionBefore = user.getMeta().getVersion();
        user.setName(new Name().setGivenName("Anna").setFamilyName("Lee-Smith"))
                .setDisplayName("Anna Lee-Smith");

        UserResource replaced = scim.replaceRequest(user).ifMatch().invoke();

        assertEquals("Anna", replaced.getName().getGivenName());
        assertEquals("Lee-Smith", replaced.getName().getFamilyName());
        assertEquals("Anna Lee-Smith", replaced.getDisplayName());
        UserResource reread = scim.retrieve("Users", user.getId(), UserResource.class);
        assertEquals("Anna Lee-Smith", reread.getDisplayName());
        assertEquals(replaced.getMeta().getVersion(), reread.getMeta().getVersion());
        assertNotEquals(versionBefore, reread.getMeta().getVersion());
    }

    @Test
    void replaceWithAStaleVersionIsRefused() throws ScimException {
        UserResource user = scim.create("Users", user(uniqueEmail(), "Ann", "Lee"));
        scim.replace(user.setDisplayName("First change"));

        PreconditionFailedException stale = assertThrows(PreconditionFailedException.class,
                () -> scim.replaceRequest(user.setDisplayName("Second change")).ifMatch()
                        .invoke());

        assertEquals(412, stale.getScimError().getStatus());
        assertEquals("First change",
                scim.retrieve("Users", user.getId(), UserResource.class).getDisplayName());
    }

    @Test
    void patchRequestRenamesAndDeactivatesAUser() throws ScimException {
        String id = scim.create("Users", user(uniqueEmail(), "Ann", "Lee")).getId();
        PatchRequest patch = new PatchRequest(
                PatchOperation.replace("displayName", "Ann (left)"),
                PatchOperation.replace("active", false));

        UserResource modified = scim.modify("Users", id, patch, UserResource.class);

        assertEquals("Ann (left)", modified.getDisplayName());
        assertEquals(false, modified.getActive());
        UserResource reread = scim.retrieve("Users", id, UserResource.class);
        assertEquals("Ann (left)", reread.getDisplayName());
        assertEquals(false, reread.getActive());
    }

    @Test
    void secondUserWithTheSameUserNameIsAConflict() throws ScimException {
        String email = uniqueEmail();
        scim.create("Users", user(email, "Ann", "Lee"));

        ResourceConflictException conflict = assertThrows(ResourceConflictException.class,
                () -> scim.create("Users", user(email.toUpperCase(), "Ann", "Lee")));

        assertEquals(409, conflict.getScimError().getStatus());
        assertEquals("uniqueness", conflict.getScimError().getScimType());
    }

    @Test
    void deletedUserIsNotFound() throws ScimException {
        UserResource user = scim.create("Users", user(uniqueEmail(), "Ann", "Lee"));

        scim.delete("Users", user.getId());

        ResourceNotFoundException gone = assertThrows(ResourceNotFoundException.class,
                () -> scim.retrieve("Users", user.getId(), UserResource.class));
        assertEquals(404, gone.getScimError().getStatus());
        assertThrows(ResourceNotFoundException.class, () -> scim.delete(user));
    }

    @Test
    void createdGroupComesBackWithItsMembers() throws ScimException {
        UserResource ann = scim.create("Users", user(uniqueEmail(), "Ann", "Lee"));
        String name = "Eng " + UUID.randomUUID();

        GroupResource created = scim.create("Groups", group(name, ann.getId()));

        assertEquals(name, created.getDisplayName());
        assertEquals(List.of(ann.getId()), memberIds(created));
        assertEquals("User", created.getMembers().get(0).getType());
        assertEquals("Group", created.getMeta().getResourceType());
        assertEquals(scimUrl("/Groups/" + created.getId()),
                created.getMeta().getLocationString());
        assertTrue(created.getSchemaUrns().contains(GROUP_SCHEMA),
                created.getSchemaUrns()::toString);
        UserResource member = scim.retrieve("Users", ann.getId(), UserResource.class);
        assertEquals(created.getId(), member.getGroups().get(0).getValue());
        assertEquals(name, member.getGroups().get(0).getDisplay());
    }

    @Test
    void groupIsRetrievedByIdAndFoundByDisplayName() throws ScimException {
        String name = "Sales " + UUID.randomUUID();
        String id = scim.create("Groups", group(name)).getId();
        scim.create("Groups", group("Support " + UUID.randomUUID()));

        GroupResource retrieved = scim.retrieve("Groups", id, GroupResource.class);
        ListResponse<GroupResource> found = scim.searchRequest("Groups")
                .filter(Filter.eq("displayName", name))
                .invoke(GroupResource.class);

        assertEquals(id, retrieved.getId());
        assertEquals(name, retrieved.getDisplayName());
        assertEquals(1, found.getTotalResults());
        assertEquals(id, found.getResources().get(0).getId());
        assertEquals(name, found.getResources().get(0).getDisplayName());
    }

    @Test
    void replacedGroupTakesTheNewNameAndMembers() throws ScimException {
        String ann = scim.create("Users", user(uniqueEmail(), "Ann", "Lee")).getId();
        String bob = scim.create("Users", user(uniqueEmail(), "Bob", "Ray")).getId();
        GroupResource group = scim.create("Groups", group("Before", ann));
        group.setDisplayName("After").setMembers(new Member().setValue(bob));

        GroupResource replaced = scim.replace(group);

        assertEquals("After", replaced.getDisplayName());
        assertEquals(List.of(bob), memberIds(replaced));
        assertEquals(List.of(bob),
                memberIds(scim.retrieve("Groups", group.getId(), GroupResource.class)));
    }

    // A group PATCH answers 204 unless attributes are asked for; asking is how a client that
    // wants the changed group back gets it in the same round trip (RFC 7644 §3.5.2).
    @Test
    void modifyRequestRenamesAndAddsAndRemovesMembers() throws ScimException {
        String ann = scim.create("Users", user(uniqueEmail(), "Ann", "Lee")).getId();
        String bob = scim.create("Users", user(uniqueEmail(), "Bob", "Ray")).getId();
        String id = scim.create("Groups", group("Old name", ann)).getId();

        GroupResource renamed = scim.modifyRequest("Groups", id)
                .replaceValue("displayName", "New name")
                .addValues("members", new Member().setValue(bob))
                .attributes("displayName", "members")
                .invoke(GroupResource.class);
        GroupResource removed = scim.modifyRequest("Groups", id)
                .removeValues("members[value eq \"" + ann + "\"]")
                .attributes("members")
                .invoke(GroupResource.class);

        assertEquals("New name", renamed.getDisplayName());
        assertEquals(Set.of(ann, bob), Set.copyOf(memberIds(renamed)));
        assertEquals(List.of(bob), memberIds(removed));
        GroupResource reread = scim.retrieve("Groups", id, GroupResource.class);
        assertEquals("New name", reread.getDisplayName());
        assertEquals(List.of(bob), memberIds(reread));
    }

    @Test
    void modifyRequestWithoutAttributesGetsNoContent() throws ScimException {
        String ann = scim.create("Users", user(uniqueEmail(), "Ann", "Lee")).getId();
        String id = scim.create("Groups", group("Quiet")).getId();

        GroupResource answer = scim.modifyRequest("Groups", id)
                .addValues("members", new Member().setValue(ann))
                .invoke(GroupResource.class);

        // The SDK reads the body of any 2xx; a 204 has none, and the JAX-RS client reads null.
        assertNull(answer);
        assertEquals(List.of(ann), memberIds(scim.retrieve("Groups", id, GroupResource.class)));
    }

    @Test
    void deletedGroupIsNotFound() throws ScimException {
        GroupResource group = scim.create("Groups", group("Temporary"));

        scim.delete(group);

        assertThrows(ResourceNotFoundException.class,
                () -> scim.retrieve("Groups", group.getId(), GroupResource.class));
        ListResponse<GroupResource> found = scim.searchRequest("Groups")
                .filter(Filter.eq("displayName", "Temporary"))
                .invoke(GroupResource.class);
        assertEquals(0, found.getTotalResults());
    }

    @Test
    void rootSearchFindsUsersAndGroupsTogether() throws ScimException {
        String name = "Shared " + UUID.randomUUID();
        String user = scim.create("Users", user(uniqueEmail(), "Ann", "Lee").setDisplayName(name))
                .getId();
        String group = scim.create("Groups", group(name)).getId();

        ListResponse<GenericScimResource> found = scim.searchRequest("")
                .filter(Filter.eq("displayName", name))
                .invokePost(GenericScimResource.class);

        assertEquals(2, found.getTotalResults());
        Map<String, String> typeById = new HashMap<>();
        for (GenericScimResource resource : found) {
            typeById.put(resource.getId(), resource.getMeta().getResourceType());
        }
        assertEquals(Map.of(user, "User", group, "Group"), typeById);
    }

    @Test
    void bulkCreatesAUserAndAGroupThatReferencesIt() throws ScimException {
        String email = uniqueEmail();

        BulkResponse response = scim.bulkRequest()
                .append(BulkOperation.post("/Users", user(email, "Ann", "Lee")).setBulkId("ann"),
                        BulkOperation.post("/Groups", group("Bulk team", "bulkId:ann"))
                                .setBulkId("team"))
                .invoke();

        List<BulkOperationResult> results = response.getOperations();
        assertEquals(List.of(201, 201),
                results.stream().map(BulkOperationResult::getStatusInt).toList());
        assertEquals(List.of("ann", "team"),
                results.stream().map(BulkOperationResult::getBulkId).toList());
        UserResource user = scim.retrieve(URI.create(results.get(0).getLocation()),
                UserResource.class);
        GroupResource group = scim.retrieve(URI.create(results.get(1).getLocation()),
                GroupResource.class);
        assertEquals(email, user.getUserName());
        assertEquals(List.of(user.getId()), memberIds(group));
    }

    @Test
    void serviceProviderConfigParsesIntoTheSdkTypes() throws ScimException {
        ServiceProviderConfigResource config = scim.getServiceProviderConfig();

        assertEquals(true, config.getPatch().isSupported());
        assertEquals(true, config.getBulk().isSupported());
        assertEquals(1000, config.getBulk().getMaxOperations());
        assertEquals(1_048_576, config.getBulk().getMaxPayloadSize());
        assertEquals(true, config.getFilter().isSupported());
        assertEquals(100, config.getFilter().getMaxResults());
        assertEquals(false, config.getChangePassword().isSupported());
        assertEquals(true, config.getSort().isSupported());
        assertEquals(true, config.getEtag().isSupported());
        assertEquals(true, config.getPagination().supportsCursorPagination());
        assertEquals(true, config.getPagination().supportsIndexPagination());
        assertEquals(1, config.getAuthenticationSchemes().size());
        assertEquals("oauthbearertoken", config.getAuthenticationSchemes().get(0).getType());
        assertEquals(true, config.getAuthenticationSchemes().get(0).isPrimary());
    }

    @Test
    void resourceTypesNameUsersAndGroups() throws ScimException {
        ListResponse<ResourceTypeResource> types = scim.getResourceTypes();
        ResourceTypeResource user = scim.getResourceType("User");

        assertEquals(List.of("User", "Group"),
                types.getResources().stream().map(ResourceTypeResource::getName).toList());
        assertEquals(List.of(URI.create("/Users"), URI.create("/Groups")),
                types.getResources().stream().map(ResourceTypeResource::getEndpoint).toList());
        assertEquals(URI.create(USER_SCHEMA), user.getSchema());
        assertEquals(URI.create(ENTERPRISE_SCHEMA),
                user.getSchemaExtensions().iterator().next().getSchema());
        assertEquals(false, user.getSchemaExtensions().iterator().next().isRequired());
    }

    @Test
    void schemasDescribeTheAttributes() throws ScimException {
        ListResponse<SchemaResource> schemas = scim.getSchemas();
        SchemaResource userSchema = scim.getSchema(USER_SCHEMA);

        assertEquals(List.of(USER_SCHEMA, ENTERPRISE_SCHEMA, GROUP_SCHEMA),
                schemas.getResources().stream().map(SchemaResource::getId).toList());
        AttributeDefinition userName = userSchema.getAttributes().stream()
                .filter(attribute -> attribute.getName().equals("userName"))
                .findFirst().orElseThrow();
        assertEquals(AttributeDefinition.Type.STRING, userName.getType());
        assertEquals(true, userName.isRequired());
        assertEquals(false, userName.isCaseExact());
        assertEquals(AttributeDefinition.Uniqueness.SERVER, userName.getUniqueness());
    }

    private static UserResource user(String email, String givenName, String familyName) {
        return new UserResource()
                .setUserName(email)
                .setName(new Name().setGivenName(givenName).setFamilyName(familyName))
                .setDisplayName(givenName + " " + familyName)
                .setEmails(new Email().setValue(email).setType("work").setPrimary(true))
                .setActive(true);
    }

    private static GroupResource group(String displayName, String... memberIds) {
        return new GroupResource()
                .setDisplayName(displayName)
                .setMembers(Stream.of(memberIds).map(id -> new Member().setValue(id)).toList());
    }

    private static List<String> memberIds(GroupResource group) {
        return group.getMembers() == null ? List.of()
                : group.getMembers().stream().map(Member::getValue).toList();
    }

    private static String scimUrl(String path) {
        return baseUrl() + "/scim/v2" + path;
    }

    /** Sends the tenant's API key with every request, as an IdP configured for it does. */
    private record BearerToken(String apiKey) implements ClientRequestFilter {
        @Override
        public void filter(ClientRequestContext request) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
        }
    }
}
