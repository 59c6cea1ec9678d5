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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
        List<Callable<String>> creates = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            creates.add(() -> Race.outcome(tenant.scim()
                    .body(oktaCreateBody(uniqueEmail(), "R", "Ace", true))
                    .post("/Users")));
        }

        Map<String, Long> outcomes = Race.run(creates);

        assertEquals(Map.of("201", (long) seats, "403", (long) requests - seats), outcomes);
        admin().get("/organizations/{id}", tenant.organizationId())
                .then().body("activeLicenses", equalTo(seats));
    }

    @Test
    void racingCreatesAndReactivationsNeverExceedTheLimit() throws Exception {
        int seats = 4;
        int waiting = 6;
        Tenant tenant = newTenant(seats);
        createUser(tenant, uniqueEmail(), true);
        createUser(tenant, uniqueEmail(), true);
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            String inactive = createUser(tenant, uniqueEmail(), false);
            requests.add(() -> Race.outcome(tenant.scim().body(activeBody(true))
                    .patch("/Users/{id}", inactive)));
            requests.add(() -> Race.outcome(tenant.scim()
                    .body(oktaCreateBody(uniqueEmail(), "R", "Ace", true))
                    .post("/Users")));
        }

        Map<String, Long> outcomes = Race.run(requests);

        long granted = outcomes.getOrDefault("200", 0L) + outcomes.getOrDefault("201", 0L);
        assertEquals(seats - 2, granted, outcomes.toString());
        assertEquals(requests.size() - granted, outcomes.getOrDefault("403", 0L),
                outcomes.toString());
        admin().get("/organizations/{id}", tenant.organizationId())
                .then().body("activeLicenses", equalTo(seats));
        tenant.scim().queryParam("filter", "active eq true").get("/Users")
                .then().body("totalResults", equalTo(seats));
        assertEquals(seats, OktaProvisioningIT.licensesOf(tenant).stream()
                .filter(license -> "ACTIVE".equals(license.get("status"))).count());
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
