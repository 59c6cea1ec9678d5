package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.createGroup;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.groupBody;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The {@code totalResults} of a list without a filter comes from the numbers of users and
 * groups kept for the organization; with a filter every row matches, it is counted in the
 * database. The two must agree, and with what the requests did, however the creates and
 * deletes raced.
 */
class ListTotalsIT {

    private static final int RACERS = 8;

    @Test
    void racingCreatesAndDeletesOfUsersKeepTheirTotalExact() throws Exception {
        Tenant tenant = newTenant(100);
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String existing = createUser(tenant, uniqueEmail(), i % 2 == 0);
            // Each user deleted twice: only one of the two may take it off the total.
            requests.add(() -> Race.outcome(tenant.scim().delete("/Users/{id}", existing)));
            requests.add(() -> Race.outcome(tenant.scim().delete("/Users/{id}", existing)));
            requests.add(() -> Race.outcome(tenant.scim()
                    .body(oktaCreateBody(uniqueEmail(), "Ann", "Lee", true)).post("/Users")));
        }
        String taken = uniqueEmail();
        for (int i = 0; i < RACERS; i++) {
            requests.add(() -> Race.outcome(tenant.scim()
                    .body(oktaCreateBody(taken, "Bo", "Ng", true)).post("/Users")));
        }

        Map<String, Long> outcomes = Race.run(requests);

        assertEquals(Map.of("204", (long) RACERS, "404", (long) RACERS,
                "201", RACERS + 1L, "409 uniqueness", RACERS - 1L), outcomes);
        assertTotals(tenant, "/Users", "userName", RACERS + 1);
    }

    /** Group deletes race the deletes of their members, which leave those groups too. */
    @Test
    void racingCreatesAndDeletesOfGroupsKeepTheirTotalExact() throws Exception {
        Tenant tenant = newTenant(100);
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String member = createUser(tenant, uniqueEmail(), true);
            String group = createGroup(tenant, "Group " + UUID.randomUUID(), member);
            requests.add(() -> Race.outcome(tenant.scim().delete("/Groups/{id}", group)));
            requests.add(() -> Race.outcome(tenant.scim().delete("/Groups/{id}", group)));
            requests.add(() -> Race.outcome(tenant.scim().delete("/Users/{id}", member)));
            requests.add(() -> Race.outcome(tenant.scim()
                    .body(groupBody("Group " + UUID.randomUUID())).post("/Groups")));
        }
        String taken = "Group " + UUID.randomUUID();
        for (int i = 0; i < RACERS; i++) {
            requests.add(() -> Race.outcome(tenant.scim().body(groupBody(taken))
                    .post("/Groups")));
        }

        Map<String, Long> outcomes = Race.run(requests);

        assertEquals(Map.of("204", 2L * RACERS, "404", (long) RACERS,
                "201", RACERS + 1L, "409 uniqueness", RACERS - 1L), outcomes);
        assertTotals(tenant, "/Groups", "displayName", RACERS + 1);
        assertTotals(tenant, "/Users", "userName", 0);
    }

    /**
     * A group created with members reads those users while their deletes lock them; both
     * then change the organization's numbers. Neither may wait for the other for good.
     */
    @Test
    void groupsCreatedWithMembersRacingTheirMembersDeletesKeepTheirTotalsExact()
            throws Exception {
        Tenant tenant = newTenant(100);
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String member = createUser(tenant, uniqueEmail(), true);
            requests.add(() -> Race.outcome(tenant.scim()
                    .body(groupBody("Group " + UUID.randomUUID(), member)).post("/Groups")));
            requests.add(() -> Race.outcome(tenant.scim().delete("/Users/{id}", member)));
        }

        Map<String, Long> outcomes = Race.run(requests);

        long created = outcomes.getOrDefault("201", 0L);
        assertEquals(RACERS, outcomes.get("204"), outcomes.toString());
        assertEquals(RACERS, created + outcomes.getOrDefault("400 invalidValue", 0L),
                outcomes.toString());
        assertTotals(tenant, "/Groups", "displayName", (int) created);
        assertTotals(tenant, "/Users", "userName", 0);
    }

    @Test
    void bulkCreatesAndDeletesCountLikeSingleRequests() {
        Tenant tenant = newTenant(100);
        String deleted = createUser(tenant, uniqueEmail(), true);
        String kept = createUser(tenant, uniqueEmail(), true);
        String taken = uniqueEmail();
        String group = createGroup(tenant, "Group " + UUID.randomUUID(), kept);

        tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
                         "Operations": [
                           {"method": "POST", "path": "/Users", "bulkId": "a", "data": %s},
                           {"method": "POST", "path": "/Users", "bulkId": "b", "data": %s},
                           {"method": "POST", "path": "/Users", "bulkId": "c", "data": %s},
                           {"method": "DELETE", "path": "/Users/%s"},
                           {"method": "DELETE", "path": "/Users/%s"},
                           {"method": "DELETE", "path": "/Groups/%s"},
                           {"method": "POST", "path": "/Groups", "bulkId": "g", "data": %s}
                         ]}""".formatted(oktaCreateBody(taken, "Ann", "Lee", true),
                        oktaCreateBody(taken, "Ann", "Lee", true),
                        oktaCreateBody(uniqueEmail(), "Ann", "Lee", false),
                        deleted, deleted, group, groupBody("Group " + UUID.randomUUID())))
                .post("/Bulk")
                .then().statusCode(200);

        assertTotals(tenant, "/Users", "userName", 3);
        assertTotals(tenant, "/Groups", "displayName", 1);
    }

    /** The total of the list as it is, and as counted through a filter that every row meets. */
    private static void assertTotals(Tenant tenant, String resources, String attribute,
            int expected) {
        int kept = tenant.scim().queryParam("count", 0).get(resources)
                .then().statusCode(200).extract().path("totalResults");
        int counted = tenant.scim().queryParam("count", 0)
                .queryParam("filter", attribute + " pr").get(resources)
                .then().statusCode(200).extract().path("totalResults");
        assertEquals(expected, counted, resources + " counted");
        assertEquals(expected, kept, resources + " as kept for the organization");
    }
}
