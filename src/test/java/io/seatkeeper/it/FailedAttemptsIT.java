package io.seatkeeper.it;

import static io.restassured.RestAssured.given;
import static io.seatkeeper.it.ServerUnderTest.randomClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that keeps presenting wrong credentials is made to wait (429 with Retry-After)
 * before it can try many. Each test is a client of its own: the test server trusts the
 * address that {@code X-Forwarded-For} names.
 */
class FailedAttemptsIT {

    private static final int ALLOWED_FAILURES = 20;

    @Test
    void wrongApiKeysAreSlowedDownThenEvenARightOneWaits() {
        Tenant tenant = ServerUnderTest.newTenant(1);
        String client = randomClient();

        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            scimFrom(client, "skscim_guess" + i).get("/Users").then().statusCode(401);
        }

        scimFrom(client, "skscim_guess-more").get("/Users")
                .then().statusCode(429)
                .contentType(startsWith(ServerUnderTest.SCIM_JSON))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo("429"));
        scimFrom(client, tenant.apiKey()).get("/Users").then().statusCode(429);
        scimFrom(randomClient(), tenant.apiKey()).get("/Users").then().statusCode(200);
    }

    @Test
    void guessedLicenseKeysAreSlowedDown() {
        String client = randomClient();

        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            verifyFrom(client, "0000-0000-0000-0000-0000-0000-000" + (i % 10))
                    .then().statusCode(200).body("valid", equalTo(false));
        }

        verifyFrom(client, "0000-0000-0000-0000-0000-0000-0000")
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    @Test
    void wrongOperatorTokensAreSlowedDown() {
        String client = randomClient();

        for (int i = 0; i < ALLOWED_FAILURES; i++) {
            adminFrom(client, "wrong-" + i).get("/organizations").then().statusCode(401);
        }

        adminFrom(client, ServerUnderTest.operatorToken()).get("/organizations")
                .then().statusCode(429);
    }

    private static RequestSpecification scimFrom(String client, String key) {
        return ServerUnderTest.scim(key).header("X-Forwarded-For", client);
    }

    private static RequestSpecification adminFrom(String client, String token) {
        return given().baseUri(ServerUnderTest.baseUrl()).basePath("/api/v1")
                .header("X-Forwarded-For", client)
                .header("Authorization", "Bearer " + token);
    }

    private static io.restassured.response.Response verifyFrom(String client, String key) {
        return given().baseUri(ServerUnderTest.baseUrl()).contentType("application/json")
                .header("X-Forwarded-For", client)
                .body(Map.of("key", key))
                .post("/api/v1/licenses/verify");
    }
}
