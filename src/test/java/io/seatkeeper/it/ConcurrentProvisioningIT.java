package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Requests that race for the same userName leave exactly one user, license and mail. */
class ConcurrentProvisioningIT {

    private static final int RACERS = 8;

    @Test
    void racingCreatesOfOneUserNameMakeOneUser() throws Exception {
        Tenant tenant = newTenant(RACERS);
        String email = uniqueEmail();
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String spelling = i % 2 == 0 ? email : email.toUpperCase();
            creates.add(() -> tenant.scim().body(oktaCreateBody(spelling, "Ann", "Lee", true))
                    .post("/Users").statusCode());
        }

        Map<Integer, Long> statuses = run(creates);

        assertEquals(Map.of(201, 1L, 409, (long) RACERS - 1), statuses);
        tenant.scim().get("/Users").then().body("totalResults", equalTo(1));
        assertEquals(1, OktaProvisioningIT.licensesOf(tenant).size());
        ServerUnderTest.admin()
                .get("/organizations/{id}/notifications", tenant.organizationId())
                .then().body("size()", equalTo(1));
    }

    @Test
    void racingChangesOfOneUserAreAppliedOneAfterAnother() throws Exception {
        Tenant tenant = newTenant(RACERS);
        String id = ServerUnderTest.createUser(tenant, uniqueEmail(), true);
        List<Callable<Integer>> patches = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String name = "Name " + i;
            patches.add(() -> tenant.scim().body("""
                            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                             "Operations": [{"op": "replace", "path": "displayName",
                                             "value": "%s"}]}""".formatted(name))
                    .patch("/Users/{id}", id).statusCode());
        }

        Map<Integer, Long> statuses = run(patches);

        assertEquals(Map.of(200, (long) RACERS), statuses);
        tenant.scim().get("/Users/{id}", id)
                .then().body("meta.version", equalTo("W/\"" + RACERS + "\""));
    }

    @Test
    void racingDeletesOfOneUserDeleteItOnce() throws Exception {
        Tenant tenant = newTenant(RACERS);
        String id = ServerUnderTest.createUser(tenant, uniqueEmail(), true);
        List<Callable<Integer>> deletes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            deletes.add(() -> tenant.scim().delete("/Users/{id}", id).statusCode());
        }

        Map<Integer, Long> statuses = run(deletes);

        assertEquals(Map.of(204, 1L, 404, (long) RACERS - 1), statuses);
        ServerUnderTest.admin()
                .get("/organizations/{id}/notifications", tenant.organizationId())
                .then().body("size()", equalTo(2));
    }

    @Test
    void membersAddedWhileTheirUsersAreDeletedLeaveNoMembership() throws Exception {
        Tenant tenant = newTenant(RACERS);
        String group = tenant.scim().body("""
                        {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
                         "displayName": "Racing group"}""")
                .post("/Groups").then().statusCode(201).extract().path("id");
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS / 2; i++) {
            String user = ServerUnderTest.createUser(tenant, uniqueEmail(), true);
            requests.add(() -> tenant.scim().body("""
                            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                             "Operations": [{"op": "add", "path": "members",
                                             "value": [{"value": "%s"}]}]}""".formatted(user))
                    .patch("/Groups/{id}", group).statusCode());
            requests.add(() -> tenant.scim().delete("/Users/{id}", user).statusCode());
        }

        Map<Integer, Long> statuses = run(requests);

        assertEquals(java.util.Set.of(), java.util.Set.copyOf(statuses.keySet().stream()
                .filter(status -> status >= 500).toList()), statuses.toString());
        tenant.scim().queryParam("filter", "members pr")
                .get("/Groups").then().body("totalResults", equalTo(0));
    }

    private static Map<Integer, Long> run(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
            return statuses.stream()
                    .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
