package io.seatkeeper.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The probes answer without credentials, and readiness has really asked the database. */
class HealthIT {

    @ParameterizedTest
    @ValueSource(strings = {"/health/live", "/health/ready", "/health/started"})
    void probeIsUpWithoutCredentials(String path) {
        given().baseUri(ServerUnderTest.baseUrl())
                .get(path)
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health/ready", "/health/started"})
    void readinessAndStartupIncludeTheDatabase(String path) {
        given().baseUri(ServerUnderTest.baseUrl())
                .get(path)
                .then().body("checks.name", hasItem("database"));
    }
}
