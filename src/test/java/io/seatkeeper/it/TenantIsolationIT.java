package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.ERROR_SCHEMA;
import static io.seatkeeper.it.ServerUnderTest.SCIM_JSON;
import static io.seatkeeper.it.ServerUnderTest.activeBody;
import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.createGroup;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.groupBody;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.notifications;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.patchBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One organization's key never reaches another organization's users or groups: every
 * request that names a foreign id is answered as if the id did not exist, and the owner's
 * users, groups, licenses, outbox and audit trail are exactly as they were.
 */
@ExtendWith(MailServer.class)
class TenantIsolationIT {

    /** A version no resource has: a foreign id must be unknown before it is stale. */
    private static final String STALE = "W/\"999\"";
    private static final String SEARCH_SCHEMA =
            "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
    private static final String BULK_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    @Test
    void anotherTenantsUserIsNotFoundAndUntouched(MailServer.Running mail) {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String email = uniqueEmail();
        String id = createUser(owner, email, true);
        String etag = owner.scim().get("/Users/{id}", id).header("ETag");
        Map<String, Object> ownerBefore = stateOf(owner);
        Map<String, Object> strangerBefore = stateOf(stranger);

        assertUnknown(stranger.scim().get("/Users/{id}", id));
        assertUnknown(stranger.scim().header("If-None-Match", etag).get("/Users/{id}", id));
        assertUnknown(stranger.scim().body(oktaCreateBody(email, "Eve", "Il", false))
                .put("/Users/{id}", id));
        assertUnknown(stranger.scim().header("If-Match", STALE)
                .body(oktaCreateBody(email, "Eve", "Il", false)).put("/Users/{id}", id));
        assertUnknown(stranger.scim().body(activeBody(false)).patch("/Users/{id}", id));
        assertUnknown(stranger.scim().header("If-Match", STALE).body(activeBody(false))
                .patch("/Users/{id}", id));
        assertUnknown(stranger.scim().delete("/Users/{id}", id));
        assertUnknown(stranger.scim().header("If-Match", STALE).delete("/Users/{id}", id));

        assertEquals(ownerBefore, stateOf(owner));
        assertEquals(strangerBefore, stateOf(stranger));
        String key = (String) OktaProvisioningIT.licensesOf(owner).get(0).get("key");
        OktaProvisioningIT.verify(key).body("valid", is(true));
        mail.awaitMails(email, 1);
        ServerUnderTest.awaitOutboxDelivered(owner);
        assertEquals(1, mail.mailsTo(email).size());
    }

    @Test
    void anotherTenantsGroupIsNotFoundAndUntouched() {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String member = createUser(owner, uniqueEmail(), true);
        String id = createGroup(owner, "Private", member);
        String strangersUser = createUser(stranger, uniqueEmail(), true);
        String etag = owner.scim().get("/Groups/{id}", id).header("ETag");
        Map<String, Object> ownerBefore = stateOf(owner);
        Map<String, Object> strangerBefore = stateOf(stranger);

        assertUnknown(stranger.scim().get("/Groups/{id}", id));
        assertUnknown(stranger.scim().header("If-None-Match", etag).get("/Groups/{id}", id));
        assertUnknown(stranger.scim().body(groupBody("Taken", strangersUser))
                .put("/Groups/{id}", id));
        assertUnknown(stranger.scim().header("If-Match", STALE).body(groupBody("Taken"))
                .put("/Groups/{id}", id));
        assertUnknown(stranger.scim().body(patchBody("""
                        {"op": "replace", "path": "displayName", "value": "Taken"}"""))
                .patch("/Groups/{id}", id));
        assertUnknown(stranger.scim().body(patchBody("""
                        {"op": "add", "path": "members", "value": [{"value": "%s"}]}"""
                        .formatted(strangersUser)))
                .patch("/Groups/{id}", id));
        assertUnknown(stranger.scim().body(patchBody("""
                        {"op": "remove", "path": "members"}"""))
                .patch("/Groups/{id}", id));
        assertUnknown(stranger.scim().body(patchBody("""
                        {"op": "remove", "path": "members[value eq \\"%s\\"]"}"""
                        .formatted(member)))
                .patch("/Groups/{id}", id));
        assertUnknown(stranger.scim().delete("/Groups/{id}", id));
        assertUnknown(stranger.scim().header("If-Match", STALE).delete("/Groups/{id}", id));

        assertEquals(ownerBefore, stateOf(owner));
        assertEquals(strangerBefore, stateOf(stranger));
        assertEquals(List.of(member), ServerUnderTest.memberIds(owner, id));
    }

    @Test
    void anotherTenantsUserCannotBeMadeAMember() {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String foreign = createUser(owner, uniqueEmail(), true);
        String own = createUser(stranger, uniqueEmail(), true);
        String group = createGroup(stranger, "Mine", own);
        Map<String, Object> ownerBefore = stateOf(owner);
        Map<String, Object> strangerBefore = stateOf(stranger);

        assertNoSuchMember(foreign, stranger.scim().body(groupBody("Smuggled", foreign))
                .post("/Groups"));
        assertNoSuchMember(foreign, stranger.scim().body(groupBody("Mine", own, foreign))
                .put("/Groups/{id}", group));
        assertNoSuchMember(foreign, stranger.scim().body(patchBody("""
                        {"op": "add", "path": "members",
                         "value": [{"value": "%s"}, {"value": "%s"}]}"""
                        .formatted(own, foreign)))
                .patch("/Groups/{id}", group));
        assertNoSuchMember(foreign, stranger.scim().body(patchBody("""
                        {"op": "replace", "path": "members", "value": [{"value": "%s"}]}"""
                        .formatted(foreign)))
                .patch("/Groups/{id}", group));
        assertNoSuchMember(foreign, stranger.scim().body(patchBody("""
                        {"op": "replace", "path": "displayName", "value": "Renamed"}""", """
                        {"op": "add", "path": "members", "value": [{"value": "%s"}]}"""
                        .formatted(foreign)))
                .patch("/Groups/{id}", group));

        assertEquals(ownerBefore, stateOf(owner));
        assertEquals(strangerBefore, stateOf(stranger));
    }

    @Test
    void aForeignMemberIsRefusedInTheWordsUsedForAnUnknownOne() {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String foreign = createUser(owner, uniqueEmail(), true);
        String unknown = UUID.randomUUID().toString();
        String group = createGroup(stranger, "Mine");

        Response foreignAnswer = stranger.scim().body(addMemberBody(foreign))
                .patch("/Groups/{id}", group);
        Response unknownAnswer = stranger.scim().body(addMemberBody(unknown))
                .patch("/Groups/{id}", group);

        assertEquals(unknownAnswer.statusCode(), foreignAnswer.statusCode());
        assertEquals(unknownAnswer.jsonPath().getString("detail").replace(unknown, "<id>"),
                foreignAnswer.jsonPath().getString("detail").replace(foreign, "<id>"));
    }

    @Test
    void bulkOperationsNamingAnotherTenantsIdsFailOneByOne() {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String email = uniqueEmail();
        String user = createUser(owner, email, true);
        String group = createGroup(owner, "Bulk target", user);
        Map<String, Object> ownerBefore = stateOf(owner);

        JsonPath result = stranger.scim().body("""
                        {"schemas": ["%1$s"],
                         "Operations": [
                           {"method": "PUT", "path": "/Users/%2$s", "data": %3$s},
                           {"method": "PATCH", "path": "/Users/%2$s", "data": %4$s},
                           {"method": "DELETE", "path": "/Users/%2$s"},
                           {"method": "DELETE", "path": "/Users/%2$s", "version": "%5$s"},
                           {"method": "PUT", "path": "/Groups/%6$s", "data": %7$s},
                           {"method": "PATCH", "path": "/Groups/%6$s", "data": %8$s},
                           {"method": "DELETE", "path": "/Groups/%6$s"},
                           {"method": "POST", "path": "/Groups", "bulkId": "g", "data": %9$s},
                           {"method": "POST", "path": "/Users", "bulkId": "u", "data": %10$s}
                         ]}""".formatted(BULK_SCHEMA, user,
                        oktaCreateBody(email, "Eve", "Il", false), activeBody(false),
                        STALE.replace("\"", "\\\""), group, groupBody("Taken"),
                        patchBody("""
                                {"op": "remove", "path": "members"}"""),
                        groupBody("Smuggled", user),
                        oktaCreateBody(uniqueEmail(), "Own", "User", true)))
                .post("/Bulk")
                .then().statusCode(200)
                .extract().jsonPath();

        assertEquals(List.of("404", "404", "404", "404", "404", "404", "404", "400", "201"),
                result.getList("Operations.status"));
        assertEquals("invalidValue", result.getString("Operations[7].response.scimType"));
        assertEquals(ownerBefore, stateOf(owner));
        stranger.scim().get("/Users").then().body("totalResults", equalTo(1));
        stranger.scim().get("/Groups").then().body("totalResults", equalTo(0));
    }

    @Test
    void searchesOfEveryKindSeeOnlyTheirOwnTenant() {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String email = uniqueEmail();
        String user = createUser(owner, email, true);
        createUser(owner, uniqueEmail(), true);
        String group = createGroup(owner, "Same name", user);
        String ownersCursor = owner.scim().queryParam("cursor", "").queryParam("count", 1)
                .get("/Users").then().statusCode(200).extract().path("nextCursor");
        String ownUser = createUser(stranger, uniqueEmail(), true);
        String ownGroup = createGroup(stranger, "Same name", ownUser);

        assertFinds(List.of(ownUser, ownGroup), stranger.scim()
                .body(searchBody(null)).post("/.search"));
        assertFinds(List.of(ownGroup), stranger.scim()
                .body(searchBody("displayName eq \"Same name\"")).post("/.search"));
        for (String filter : List.of("id eq \"" + user + "\"", "id eq \"" + group + "\"",
                "userName eq \"" + email + "\"", "members.value eq \"" + user + "\"")) {
            assertFinds(List.of(), stranger.scim().body(searchBody(filter)).post("/.search"));
        }
        assertFinds(List.of(), stranger.scim()
                .body(searchBody("id eq \"" + user + "\"")).post("/Users/.search"));
        assertFinds(List.of(), stranger.scim()
                .body(searchBody("members.value eq \"" + user + "\"")).post("/Groups/.search"));
        assertFinds(List.of(), stranger.scim().queryParam("filter", "id eq \"" + user + "\"")
                .get("/Users"));
        assertFinds(List.of(), stranger.scim().queryParam("filter", "userName eq \"" + email + "\"")
                .get("/Users"));
        assertFinds(List.of(), stranger.scim().queryParam("filter", "id eq \"" + group + "\"")
                .get("/Groups"));
        assertFinds(List.of(ownUser), stranger.scim().queryParam("cursor", ownersCursor)
                .get("/Users"));
    }

    @Test
    void theSameUserNameMayExistInTwoTenants() {
        Tenant first = newTenant(5);
        Tenant second = newTenant(5);
        String email = uniqueEmail();

        createUser(first, email, true);
        createUser(second, email, true);

        first.scim().get("/Users").then().body("totalResults", equalTo(1));
        second.scim().get("/Users").then().body("totalResults", equalTo(1));
    }

    /**
     * Everything of an organization that a request could change, as its own key and the
     * operator see it. Mail is compared by what was queued, not by its delivery state, which
     * the outbox sender moves on by itself.
     */
    static Map<String, Object> stateOf(Tenant tenant) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organization", admin().get("/organizations/{id}", tenant.organizationId())
                .then().statusCode(200).extract().jsonPath().getMap("$"));
        state.put("users", tenant.scim().queryParam("count", 100).get("/Users")
                .then().statusCode(200).extract().jsonPath().getList("Resources"));
        state.put("groups", tenant.scim().queryParam("count", 100).get("/Groups")
                .then().statusCode(200).extract().jsonPath().getList("Resources"));
        state.put("licenses", OktaProvisioningIT.licensesOf(tenant));
        state.put("mail", notifications(tenant).stream()
                .map(mail -> List.of(mail.get("id"), mail.get("recipient"), mail.get("subject")))
                .toList());
        state.put("audit", admin().queryParam("count", 100)
                .get("/organizations/{id}/audit", tenant.organizationId())
                .then().statusCode(200).extract().jsonPath().getList("entries"));
        state.put("keys", admin().get("/organizations/{id}/api-keys", tenant.organizationId())
                .then().statusCode(200).extract().jsonPath().getList("id"));
        return state;
    }

    private static void assertUnknown(Response response) {
        response.then().statusCode(404)
                .contentType(startsWith(SCIM_JSON))
                .body("schemas", hasItem(ERROR_SCHEMA))
                .body("status", equalTo("404"));
    }

    private static void assertNoSuchMember(String member, Response response) {
        response.then().statusCode(400)
                .contentType(startsWith(SCIM_JSON))
                .body("schemas", hasItem(ERROR_SCHEMA))
                .body("scimType", equalTo("invalidValue"))
                .body("detail", containsString(member));
    }

    private static void assertFinds(List<String> ids, Response response) {
        JsonPath page = response.then().statusCode(200).extract().jsonPath();
        assertEquals(ids.size(), page.getInt("totalResults"));
        assertEquals(ids, Objects.requireNonNullElse(page.getList("Resources.id"), List.of()));
    }

    private static String searchBody(String filter) {
        return filter == null
                ? "{\"schemas\": [\"" + SEARCH_SCHEMA + "\"]}"
                : "{\"schemas\": [\"" + SEARCH_SCHEMA + "\"], \"filter\": \""
                        + filter.replace("\"", "\\\"") + "\"}";
    }

    private static String addMemberBody(String member) {
        return patchBody("""
                {"op": "add", "path": "members", "value": [{"value": "%s"}]}"""
                .formatted(member));
    }
}
