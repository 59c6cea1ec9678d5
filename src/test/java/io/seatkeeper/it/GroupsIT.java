package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.createGroup;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.groupBody;
import static io.seatkeeper.it.ServerUnderTest.memberIds;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.patchBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Groups as Okta's Push Groups and Microsoft Entra ID send them. */
class GroupsIT {

    private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";

    @Test
    void oktaPushCreatesAGroupAfterLookingForIt() {
        Tenant tenant = newTenant(5);
        String name = "Eng " + UUID.randomUUID();

        tenant.scim().queryParam("filter", "displayName eq \"" + name + "\"")
                .queryParam("startIndex", 1).queryParam("count", 100)
                .get("/Groups")
                .then().statusCode(200).body("totalResults", equalTo(0));
        ExtractableResponse<Response> created = tenant.scim()
                .body("""
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                         "displayName": "%s", "members": []}""".formatted(name))
                .post("/Groups")
                .then().statusCode(201)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .body("schemas", hasItem(GROUP_SCHEMA))
                .body("displayName", equalTo(name))
                .body("members", empty())
                .body("meta.resourceType", equalTo("Group"))
                .extract();
        String id = created.path("id");
        assertEquals(created.path("meta.location"), created.header("Location"));

        tenant.scim().queryParam("filter", "displayName eq \"" + name.toLowerCase() + "\"")
                .get("/Groups")
                .then().body("totalResults", equalTo(1)).body("Resources[0].id", equalTo(id));
    }

    @Test
    void displayNameIsUniqueInAnOrganization() {
        Tenant tenant = newTenant(5);
        createGroup(tenant, "Sales");

        tenant.scim().body(groupBody("SALES"))
                .post("/Groups")
                .then().statusCode(409).body("scimType", equalTo("uniqueness"));
    }

    @Test
    void oktaRenamesAndChangesMembersInOnePatch() {
        Tenant tenant = newTenant(5);
        String ann = createUser(tenant, uniqueEmail(), true);
        String bob = createUser(tenant, uniqueEmail(), true);
        String id = createGroup(tenant, "Old name");

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [
                           {"op": "replace", "value": {"id": "%s", "displayName": "New name"}},
                           {"op": "add", "path": "members",
                            "value": [{"value": "%s", "display": "ann"},
                                      {"value": "%s", "display": "bob"}]}
                         ]}""".formatted(id, ann, bob))
                .patch("/Groups/{id}", id)
                .then().statusCode(204);

        tenant.scim().get("/Groups/{id}", id)
                .then().statusCode(200)
                .body("displayName", equalTo("New name"))
                .body("members.value", containsInAnyOrder(ann, bob))
                .body("members[0].type", equalTo("User"));

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [
                           {"op": "remove", "path": "members[value eq \\"%s\\"]"}]}"""
                        .formatted(ann))
                .patch("/Groups/{id}", id)
                .then().statusCode(204);
        assertEquals(List.of(bob), memberIds(tenant, id));
    }

    @Test
    void addingAPresentMemberChangesNothing() {
        Tenant tenant = newTenant(5);
        String ann = createUser(tenant, uniqueEmail(), true);
        String id = createGroup(tenant, "Ops");
        addMember(tenant, id, ann);

        addMember(tenant, id, ann);

        assertEquals(List.of(ann), memberIds(tenant, id));
    }

    @Test
    void replaceOfMembersSetsTheWholeList() {
        Tenant tenant = newTenant(5);
        String ann = createUser(tenant, uniqueEmail(), true);
        String bob = createUser(tenant, uniqueEmail(), true);
        String id = createGroup(tenant, "Ops");
        addMember(tenant, id, ann);

        patch(tenant, id, """
                {"op": "replace", "path": "members", "value": [{"value": "%s"}]}""".formatted(bob));
        assertEquals(List.of(bob), memberIds(tenant, id));

        patch(tenant, id, """
                {"op": "replace", "path": "members", "value": []}""");
        assertEquals(List.of(), memberIds(tenant, id));
    }

    @Test
    void entraRemoveWithAValueListRemovesOnlyThose() {
        Tenant tenant = newTenant(5);
        String ann = createUser(tenant, uniqueEmail(), true);
        String bob = createUser(tenant, uniqueEmail(), true);
        String id = createGroup(tenant, "Entra group");
        patch(tenant, id, """
                {"op": "Add", "path": "members",
                 "value": [{"value": "%s"}, {"value": "%s"}]}""".formatted(ann, bob));

        patch(tenant, id, """
                {"op": "Remove", "path": "members", "value": [{"value": "%s"}]}"""
                .formatted(ann));

        assertEquals(List.of(bob), memberIds(tenant, id));
    }

    @Test
    void putReplacesNameAndMembers() {
        Tenant tenant = newTenant(5);
        String ann = createUser(tenant, uniqueEmail(), true);
        String bob = createUser(tenant, uniqueEmail(), true);
        String id = createGroup(tenant, "Before");
        addMember(tenant, id, ann);

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                         "id": "%s", "displayName": "After",
                         "members": [{"value": "%s"}]}""".formatted(id, bob))
                .put("/Groups/{id}", id)
                .then().statusCode(200)
                .body("displayName", equalTo("After"))
                .body("members.value", equalTo(List.of(bob)));
    }

    @Test
    void deletedGroupIsGone() {
        Tenant tenant = newTenant(5);
        String id = createGroup(tenant, "Temporary");

        tenant.scim().delete("/Groups/{id}", id).then().statusCode(204);

        tenant.scim().get("/Groups/{id}", id).then().statusCode(404)
                .body("schemas", hasItem(ServerUnderTest.ERROR_SCHEMA));
    }

    @Test
    void importListsGroupsAndMembersCanBeLeftOut() {
        Tenant tenant = newTenant(5);
        String ann = createUser(tenant, uniqueEmail(), true);
        String id = createGroup(tenant, "Listed");
        addMember(tenant, id, ann);
        createGroup(tenant, "Also listed");

        tenant.scim().queryParam("startIndex", 1).queryParam("count", 100)
                .get("/Groups")
                .then().statusCode(200)
                .body("totalResults", equalTo(2))
                .body("Resources[0].members.value", equalTo(List.of(ann)));
        tenant.scim().queryParam("excludedAttributes", "members")
                .get("/Groups/{id}", id)
                .then().statusCode(200)
                .body("$", not(hasKey("members")))
                .body("displayName", equalTo("Listed"));
    }

    @Test
    void userListsItsGroupsAndLeavesThemWhenDeleted() {
        Tenant tenant = newTenant(5);
        String ann = createUser(tenant, uniqueEmail(), true);
        String id = createGroup(tenant, "Readers");
        addMember(tenant, id, ann);

        tenant.scim().get("/Users/{id}", ann)
                .then().body("groups.value", equalTo(List.of(id)))
                .body("groups[0].display", equalTo("Readers"));

        tenant.scim().delete("/Users/{id}", ann).then().statusCode(204);
        assertEquals(List.of(), memberIds(tenant, id));
    }

    @Test
    void membersFilterFindsTheGroupsOfAUser() {
        Tenant tenant = newTenant(5);
        String ann = createUser(tenant, uniqueEmail(), true);
        String id = createGroup(tenant, "With Ann");
        createGroup(tenant, "Without Ann");
        addMember(tenant, id, ann);

        tenant.scim().queryParam("filter", "members.value eq \"" + ann + "\"")
                .get("/Groups")
                .then().body("totalResults", equalTo(1)).body("Resources[0].id", equalTo(id));
    }

    private static void addMember(Tenant tenant, String groupId, String userId) {
        patch(tenant, groupId, """
                {"op": "add", "path": "members", "value": [{"value": "%s"}]}"""
                .formatted(userId));
    }

    private static void patch(Tenant tenant, String groupId, String operation) {
        tenant.scim().body(patchBody(operation))
                .patch("/Groups/{id}", groupId)
                .then().statusCode(204);
    }
}
