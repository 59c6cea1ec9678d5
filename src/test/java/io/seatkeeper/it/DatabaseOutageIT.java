package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.ERROR_SCHEMA;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under running servers: they say so on the readiness probe and to
 * every client, keep their process up, and serve again when it is back, without a restart.
 */
@ExtendWith(TwoNodes.class)
class DatabaseOutageIT {

    @Test
    void serversAnswer503WhileTheDatabaseIsAwayAndRecoverWhenItReturns(
            TwoNodes.Running nodes) {
        ServerProcess node = nodes.nodeA();
        Tenant tenant = node.newTenant(5);
        String kept = uniqueEmail();
        node.scim(tenant).body(oktaCreateBody(kept, "Ann", "Lee", true))
                .post("/Users").then().statusCode(201);
        String lost = uniqueEmail();

        nodes.database().stop();
        try {
            for (ServerProcess each : new ServerProcess[] {nodes.nodeA(), nodes.nodeB()}) {
                awaitReadiness(each, 503);
                RestAssured.given().baseUri(each.baseUrl()).get("/health/ready").then()
                        .body("status", equalTo("DOWN"));
                RestAssured.given().baseUri(each.baseUrl()).get("/health/live").then()
                        .statusCode(200);
                each.scim(tenant).get("/Users").then()
                        .statusCode(503)
                        .header("Retry-After", notNullValue())
                        .body("schemas", hasItem(ERROR_SCHEMA))
                        .body("status", equalTo("503"))
                        .body(not(containsString("SQL")));
                each.scim(tenant).body(oktaCreateBody(lost, "Bob", "Lost", true))
                        .post("/Users").then().statusCode(503)
                        .body("schemas", hasItem(ERROR_SCHEMA));
                each.admin().get("/organizations/{id}", tenant.organizationId())
                        .then().statusCode(503);
            }
        } finally {
            nodes.database().start();
        }

        for (ServerProcess each : new ServerProcess[] {nodes.nodeA(), nodes.nodeB()}) {
            awaitReadiness(each, 200);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> each.scim(tenant).get("/Users").statusCode() == 200);
        }
        node.scim(tenant).get("/Users").then()
                .body("totalResults", equalTo(1))
                .body("Resources[0].userName", equalTo(kept));
        nodes.nodeB().scim(tenant).body(oktaCreateBody(lost, "Bob", "Back", true))
                .post("/Users").then().statusCode(201);
    }

    private static void awaitReadiness(ServerProcess node, int status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> node.readinessStatus() == status);
    }
}
