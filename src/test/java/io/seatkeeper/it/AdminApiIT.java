package io.seatkeeper.it;

import static io.restassured.RestAssured.given;
import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operator's API: its token, organizations, keys and the public license check. */
class AdminApiIT {

    @Test
    void everyAdminCallNeedsTheOperatorToken() {
        given().baseUri(ServerUnderTest.baseUrl()).get("/api/v1/organizations")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().baseUri(ServerUnderTest.baseUrl())
                .header("Authorization", "Bearer wrong")
                .get("/api/v1/organizations")
                .then().statusCode(401);
    }

    @Test
    void organizationIsCreatedReadAndChanged() {
        ExtractableResponse<Response> created = admin()
                .body(Map.of("name", "Acme", "seats", 50))
                .post("/organizations")
                .then().statusCode(201)
                .body("name", equalTo("Acme"))
                .body("seats", equalTo(50))
                .body("scimEnabled", is(false))
                .body("activeLicenses", equalTo(0))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/organizations/" + id));

        admin().body(Map.of("name", "Acme Corp", "seats", 60))
                .patch("/organizations/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Acme Corp"))
                .body("seats", equalTo(60));
        admin().get("/organizations/{id}", id)
                .then().statusCode(200).body("name", equalTo("Acme Corp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": \"X\"}",
        "{\"name\": \"X\", \"seats\": -1}",
        "{\"name\": \"X\", \"seats\": \"ten\"}",
        "{\"seats\": 5}",
        "{\"name\": \"X\", \"seats\": 1.5}",
        "not json"
    })
    void badOrganizationIsRefused(String body) {
        admin().body(body).post("/organizations")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("detail", notNullValue());
    }

    @Test
    void unknownOrganizationIsNotFound() {
        admin().get("/organizations/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404);
        admin().post("/organizations/{id}/api-keys", java.util.UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void issuedKeyIsShownOnceWithARecognizablePrefix() {
        Tenant tenant = newTenant(1);

        admin().post("/organizations/{id}/api-keys", tenant.organizationId())
                .then().statusCode(201)
                .body("token", matchesPattern("skscim_[A-Za-z0-9_-]{43}"))
                .body("prefix", startsWith("skscim_"))
                .body("createdAt", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nonsense", "0000-0000-0000-0000-0000-0000-0000"})
    void verifyingAnythingButALiveKeyIsJustInvalid(String key) {
        given().baseUri(ServerUnderTest.baseUrl()).contentType("application/json")
                .body(Map.of("key", key))
                .post("/api/v1/licenses/verify")
                .then().statusCode(200)
                .body("valid", is(false))
                .body("userName", equalTo(null));
    }
}
