package io.seatkeeper.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The running server that the build started for the tests: where it listens, the operator
 * token it was given, and helpers that set up a fresh organization for each test.
 */
final class ServerUnderTest {

    static final String SCIM_JSON = "application/scim+json";
    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private ServerUnderTest() {
    }

    static String baseUrl() {
        return "http://localhost:" + System.getProperty("seatkeeper.test.http.port", "9080");
    }

    static String operatorToken() {
        return System.getProperty("seatkeeper.test.admin.token");
    }

    /** A request to the admin API with the operator's token. */
    static RequestSpecification admin() {
        return given().baseUri(baseUrl()).basePath("/api/v1")
                .header("Authorization", "Bearer " + operatorToken())
                .contentType(ContentType.JSON);
    }

    /** A SCIM request as an IdP sends it, with the given API key. */
    static RequestSpecification scim(String apiKey) {
        return given().baseUri(baseUrl()).basePath("/scim/v2")
                .header("Authorization", "Bearer " + apiKey)
                .contentType(SCIM_JSON)
                .accept(SCIM_JSON);
    }

    /** An organization with SCIM enabled and one API key, as an admin would set it up. */
    record Tenant(String organizationId, String apiKey) {
        RequestSpecification scim() {
            return ServerUnderTest.scim(apiKey);
        }
    }

    static Tenant newTenant(int seats) {
        return newTenant(ServerUnderTest::admin, seats);
    }

    /** As {@link #newTenant(int)}, through the admin API that {@code admin} addresses. */
    static Tenant newTenant(Supplier<RequestSpecification> admin, int seats) {
        String organizationId = admin.get()
                .body(Map.of("name", "Org " + UUID.randomUUID(), "seats", seats))
                .post("/organizations")
                .then().statusCode(201)
                .extract().path("id");
        admin.get().body(Map.of("enabled", true))
                .put("/organizations/{id}/scim", organizationId)
                .then().statusCode(200);
        String apiKey = admin.get().post("/organizations/{id}/api-keys", organizationId)
                .then().statusCode(201)
                .extract().path("token");
        return new Tenant(organizationId, apiKey);
    }

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** The body Okta sends to create a user (its default SCIM 2.0 app profile). */
    static String oktaCreateBody(String email, String givenName, String familyName,
            boolean active) {
        return """
                {
                  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                  "userName": "%1$s",
                  "name": {"givenName": "%2$s", "familyName": "%3$s"},
                  "emails": [{"primary": true, "value": "%1$s", "type": "work"}],
                  "displayName": "%2$s %3$s",
                  "locale": "en-US",
                  "externalId": "00u%4$s",
                  "groups": [],
                  "password": "1mz050nq",
                  "active": %5$s
                }""".formatted(email, givenName, familyName,
                UUID.randomUUID().toString().substring(0, 12), active);
    }

    /** Creates a user through SCIM as Okta would and returns its id. */
    static String createUser(Tenant tenant, String email, boolean active) {
        return tenant.scim().body(oktaCreateBody(email, "Ann", "Lee", active))
                .post("/Users")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String activeBody(boolean active) {
        return """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [{"op": "replace", "value": {"active": %s}}]}"""
                .formatted(active);
    }

    /** Creates a group through SCIM with the given members and returns its id. */
    static String createGroup(Tenant tenant, String displayName, String... memberIds) {
        return tenant.scim().body(groupBody(displayName, memberIds))
                .post("/Groups")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String groupBody(String displayName, String... memberIds) {
        String members = Stream.of(memberIds)
                .map(id -> "{\"value\": \"" + id + "\"}")
                .collect(Collectors.joining(", "));
        return """
                {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                 "displayName": "%s", "members": [%s]}""".formatted(displayName, members);
    }

    /** A PatchOp request carrying the given operations, each a JSON object. */
    static String patchBody(String... operations) {
        return """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations": [%s]}""".formatted(String.join(", ", operations));
    }

    static List<String> memberIds(Tenant tenant, String groupId) {
        return tenant.scim().get("/Groups/{id}", groupId)
                .then().statusCode(200)
                .extract().path("members.value");
    }

    /** The organization's outbox as the admin API lists it. */
    static List<Map<String, Object>> notifications(Tenant tenant) {
        return admin().get("/organizations/{id}/notifications", tenant.organizationId())
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** Waits until every mail of the organization has gone out. */
    static void awaitOutboxDelivered(Tenant tenant) {
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications(tenant).stream()
                .allMatch(mail -> "SENT".equals(mail.get("status"))));
    }

    /**
     * A client address of its own (the test server trusts {@code X-Forwarded-For}), so that
     * the failed credentials a test presents count against no other test.
     */
    static String randomClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
