package io.seatkeeper.it;

import static io.restassured.RestAssured.given;
import static io.seatkeeper.it.ServerUnderTest.activeBody;
import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.createGroup;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.groupBody;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.notifications;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.patchBody;
import static io.seatkeeper.it.ServerUnderTest.randomClient;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static io.seatkeeper.it.TenantIsolationIT.stateOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The admin API keeps each organization's keys, licenses, outbox and audit trail to itself,
 * and the three kinds of secret (operator token, SCIM API key, license key) each open only
 * the door they were made for.
 */
class AdminIsolationIT {

    /** Every admin endpoint but the public license check, with its placeholders. */
    private static final List<String> ADMIN_ENDPOINTS = List.of(
            "GET /organizations",
            "POST /organizations",
            "GET /organizations/{org}",
            "PATCH /organizations/{org}",
            "PUT /organizations/{org}/scim",
            "POST /organizations/{org}/api-keys",
            "GET /organizations/{org}/api-keys",
            "DELETE /organizations/{org}/api-keys/{key}",
            "GET /organizations/{org}/licenses",
            "GET /organizations/{org}/notifications",
            "GET /organizations/{org}/audit");

    /** Every SCIM endpoint, with its placeholders. */
    private static final List<String> SCIM_ENDPOINTS = List.of(
            "GET /Users", "POST /Users", "POST /Users/.search",
            "GET /Users/{user}", "PUT /Users/{user}", "PATCH /Users/{user}",
            "DELETE /Users/{user}",
            "GET /Groups", "POST /Groups", "POST /Groups/.search",
            "GET /Groups/{group}", "PUT /Groups/{group}", "PATCH /Groups/{group}",
            "DELETE /Groups/{group}",
            "POST /.search", "POST /Bulk",
            "GET /ServiceProviderConfig", "GET /ResourceTypes", "GET /Schemas");

    @Test
    void apiKeyIsRevokedOnlyThroughItsOwnOrganization() {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String ownerKey = keyIds(owner).get(0);
        String strangerKey = keyIds(stranger).get(0);
        Map<String, Object> ownerBefore = stateOf(owner);
        Map<String, Object> strangerBefore = stateOf(stranger);

        revoke(stranger.organizationId(), ownerKey).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        revoke(owner.organizationId(), strangerKey).then().statusCode(404);
        revoke(UUID.randomUUID().toString(), ownerKey).then().statusCode(404);
        revoke(owner.organizationId(), UUID.randomUUID().toString()).then().statusCode(404);
        revoke(owner.organizationId(), "not-a-key-id").then().statusCode(404);

        assertEquals(ownerBefore, stateOf(owner));
        assertEquals(strangerBefore, stateOf(stranger));
        createUser(owner, uniqueEmail(), true);
        createUser(stranger, uniqueEmail(), true);

        revoke(owner.organizationId(), ownerKey).then().statusCode(204);
        owner.scim().get("/Users").then().statusCode(401);
        revoke(owner.organizationId(), ownerKey).then().statusCode(404);
        stranger.scim().get("/Users").then().statusCode(200);
    }

    @Test
    void organizationScopedListsShowOnlyThatOrganization() {
        Tenant owner = newTenant(5);
        Tenant stranger = newTenant(5);
        String user = createUser(owner, uniqueEmail(), true);
        String ownerKey = keyIds(owner).get(0);

        assertEquals(1, OktaProvisioningIT.licensesOf(owner).size());
        assertEquals(1, notifications(owner).size());
        assertEquals(List.of(), OktaProvisioningIT.licensesOf(stranger));
        assertEquals(List.of(), notifications(stranger));
        assertEquals(1, keyIds(stranger).size());
        assertTrue(!keyIds(stranger).contains(ownerKey));
        List<String> audited = admin().queryParam("count", 100)
                .get("/organizations/{id}/audit", stranger.organizationId())
                .then().statusCode(200)
                .extract().jsonPath().getList("entries.resourceId");
        Set<String> ownersIds = Set.of(user, ownerKey, owner.organizationId());
        assertEquals(Set.of(), intersection(audited, ownersIds));
    }

    @ParameterizedTest(name = "{0} with a {1}")
    @MethodSource("adminEndpointsAndForeignCredentials")
    void onlyTheOperatorTokenOpensTheAdminApi(String endpoint, String credential) {
        Tenant tenant = newTenant(5);
        String user = createUser(tenant, uniqueEmail(), true);
        String intruder = "Intruder " + UUID.randomUUID();
        Map<String, Object> before = stateOf(tenant);
        String[] methodAndPath = endpoint.split(" ");
        String path = methodAndPath[1]
                .replace("{org}", tenant.organizationId())
                .replace("{key}", keyIds(tenant).get(0));

        given().baseUri(ServerUnderTest.baseUrl()).basePath("/api/v1")
                .header("Authorization", "Bearer " + secret(credential, tenant, user))
                .header("X-Forwarded-For", randomClient())
                .contentType("application/json")
                .body(Map.of("name", intruder, "seats", 0, "enabled", false))
                .request(methodAndPath[0], path)
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"));

        assertEquals(before, stateOf(tenant));
        admin().get("/organizations").then().body("name", not(hasItem(intruder)));
    }

    @ParameterizedTest(name = "{0} with a {1}")
    @MethodSource("scimEndpointsAndForeignCredentials")
    void onlyAnApiKeyOpensTheScimApi(String endpoint, String credential) {
        Tenant tenant = newTenant(5);
        String user = createUser(tenant, uniqueEmail(), true);
        String group = createGroup(tenant, "Guarded", user);
        Map<String, Object> before = stateOf(tenant);
        String[] methodAndPath = endpoint.split(" ");
        String path = methodAndPath[1].replace("{user}", user).replace("{group}", group);

        ServerUnderTest.scim(secret(credential, tenant, user))
                .header("X-Forwarded-For", randomClient())
                .body(scimBody(path, methodAndPath[0], user))
                .request(methodAndPath[0], path)
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("schemas", hasItem(ServerUnderTest.ERROR_SCHEMA));

        assertEquals(before, stateOf(tenant));
    }

    @Test
    void licenseCheckNamesTheHolderOfALiveKeyAndNothingOtherwise() {
        Tenant owner = newTenant(5);
        String email = uniqueEmail();
        String user = createUser(owner, email, true);
        String key = licenseKey(owner, user);

        OktaProvisioningIT.verify(key)
                .body("userName", equalTo(email))
                .body("organizationId", equalTo(owner.organizationId()));
        assertEquals(Map.of("valid", false), verification(owner.apiKey()));
        assertEquals(Map.of("valid", false), verification(ServerUnderTest.operatorToken()));

        owner.scim().body(activeBody(false)).patch("/Users/{id}", user).then().statusCode(200);
        assertEquals(Map.of("valid", false), verification(key));

        owner.scim().body(activeBody(true)).patch("/Users/{id}", user).then().statusCode(200);
        OktaProvisioningIT.verify(key).body("valid", equalTo(true));

        owner.scim().delete("/Users/{id}", user).then().statusCode(204);
        assertEquals(Map.of("valid", false), verification(key));
    }

    static Stream<Arguments> adminEndpointsAndForeignCredentials() {
        return ADMIN_ENDPOINTS.stream().flatMap(endpoint -> Stream.of(
                Arguments.of(endpoint, "SCIM API key"), Arguments.of(endpoint, "license key")));
    }

    static Stream<Arguments> scimEndpointsAndForeignCredentials() {
        return SCIM_ENDPOINTS.stream().flatMap(endpoint -> Stream.of(
                Arguments.of(endpoint, "operator token"), Arguments.of(endpoint, "license key")));
    }

    private static String secret(String credential, Tenant tenant, String user) {
        return switch (credential) {
            case "SCIM API key" -> tenant.apiKey();
            case "operator token" -> ServerUnderTest.operatorToken();
            default -> licenseKey(tenant, user);
        };
    }

    /** A body that would change something, were the request let in. */
    private static String scimBody(String path, String method, String user) {
        if (path.endsWith(".search")) {
            return "{\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"]}";
        }
        if (path.startsWith("/Groups/")) {
            return method.equals("PATCH") ? patchBody("{\"op\": \"remove\", \"path\": \"members\"}")
                    : groupBody("Renamed");
        }
        if (path.startsWith("/Users/")) {
            return method.equals("PATCH") ? activeBody(false)
                    : oktaCreateBody(uniqueEmail(), "Eve", "Il", false);
        }
        return switch (path) {
            case "/Users" -> oktaCreateBody(uniqueEmail(), "Eve", "Il", true);
            case "/Groups" -> groupBody("Intruders", user);
            case "/Bulk" -> """
                    {"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
                     "Operations": [{"method": "DELETE", "path": "/Users/%s"}]}"""
                    .formatted(user);
            default -> "";
        };
    }

    private static io.restassured.response.Response revoke(String organizationId,
            String keyId) {
        return admin().delete("/organizations/{id}/api-keys/{key}", organizationId, keyId);
    }

    private static List<String> keyIds(Tenant tenant) {
        return admin().get("/organizations/{id}/api-keys", tenant.organizationId())
                .then().statusCode(200).extract().path("id");
    }

    private static String licenseKey(Tenant tenant, String user) {
        return admin().get("/organizations/{id}/licenses", tenant.organizationId())
                .then().statusCode(200)
                .extract().path("find { it.userId == '%s' }.key".formatted(user));
    }

    private static Map<String, Object> verification(String key) {
        return verifyRequest().body(Map.of("key", key)).post("/api/v1/licenses/verify")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static RequestSpecification verifyRequest() {
        return given().baseUri(ServerUnderTest.baseUrl()).contentType("application/json")
                .header("X-Forwarded-For", randomClient());
    }

    private static Set<String> intersection(List<String> first, Set<String> second) {
        Set<String> common = new HashSet<>(first == null ? Collections.emptyList() : first);
        common.retainAll(second);
        return common;
    }
}
