package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.activeBody;
import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No organization ever holds more active licenses than it has seats. */
class SeatLimitIT {

    @Test
    void createPastTheLimitFailsAndLeavesNothing() {
        Tenant tenant = newTenant(2);
        createUser(tenant, uniqueEmail(), true);
        createUser(tenant, uniqueEmail(), true);
        String third = uniqueEmail();

        tenant.scim().body(oktaCreateBody(third, "Cy", "Doe", true))
                .post("/Users")
                .then().statusCode(403)
                .body("schemas[0]", equalTo(ServerUnderTest.ERROR_SCHEMA))
                .body("status", equalTo("403"))
                .body("detail", containsString("Seat limit"));

        tenant.scim().queryParam("filter", "userName eq \"" + third + "\"")
                .get("/Users").then().body("totalResults", equalTo(0));
        assertEquals(2, OktaProvisioningIT.licensesOf(tenant).size());
        admin().get("/organizations/{id}/notifications", tenant.organizationId())
                .then().body("size()", equalTo(2));
        admin().get("/organizations/{id}", tenant.organizationId())
                .then().body("activeLicenses", equalTo(2));
    }

    @Test
    void reactivationPastTheLimitFailsAndAFreedSeatCanBeReused() {
        Tenant tenant = newTenant(1);
        String holder = createUser(tenant, uniqueEmail(), true);
        String waiting = createUser(tenant, uniqueEmail(), false);

        tenant.scim().body(activeBody(true)).patch("/Users/{id}", waiting)
                .then().statusCode(403);
        tenant.scim().get("/Users/{id}", waiting).then().body("active", is(false));

        tenant.scim().body(activeBody(false)).patch("/Users/{id}", holder)
                .then().statusCode(200);
        tenant.scim().body(activeBody(true)).patch("/Users/{id}", waiting)
                .then().statusCode(200).body("active", is(true));
        admin().get("/organizations/{id}", tenant.organizationId())
                .then().body("activeLicenses", equalTo(1));
    }

    @Test
    void racingCreatesNeverExceedTheLimit() throws Exception {
        int seats = 3;
        int requests = 8;
        Tenant tenant = newTenant(seats);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<Integer>> statuses = new ArrayList<>();

        try {
            for (int i = 0; i < requests; i++) {
                statuses.add(pool.submit(() -> tenant.scim()
                        .body(oktaCreateBody(uniqueEmail(), "R", "Ace", true))
                        .post("/Users").statusCode()));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }

            assertEquals(seats, results.stream().filter(s -> s == 201).count(), results.toString());
            assertEquals(requests - seats, results.stream().filter(s -> s == 403).count(),
                    results.toString());
        } finally {
            pool.shutdownNow();
        }
        admin().get("/organizations/{id}", tenant.organizationId())
                .then().body("activeLicenses", equalTo(seats));
    }

    @Test
    void seatsCannotBeLoweredBelowTheActiveLicenses() {
        Tenant tenant = newTenant(2);
        createUser(tenant, uniqueEmail(), true);
        createUser(tenant, uniqueEmail(), true);

        admin().body(Map.of("seats", 1))
                .patch("/organizations/{id}", tenant.organizationId())
                .then().statusCode(409);
        admin().body(Map.of("seats", 5))
                .patch("/organizations/{id}", tenant.organizationId())
                .then().statusCode(200).body("seats", equalTo(5));
    }
}
