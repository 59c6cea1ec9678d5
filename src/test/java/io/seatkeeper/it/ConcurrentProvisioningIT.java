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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that race for the same userName leave exactly one user, license and mail. */
@ExtendWith(MailServer.class)
class ConcurrentProvisioningIT {

    private static final int RACERS = 8;

    @ParameterizedTest(name = "{0} racers")
    @ValueSource(ints = {RACERS, 50})
    void racingCreatesOfOneUserNameMakeOneUser(int racers, MailServer.Running mail)
            throws Exception {
        Tenant tenant = newTenant(racers);
        String email = uniqueEmail();
        List<Callable<String>> creates = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String spelling = i % 2 == 0 ? email : email.toUpperCase();
            creates.add(() -> Race.outcome(tenant.scim()
                    .body(oktaCreateBody(spelling, "Ann", "Lee", true))
                    .post("/Users")));
        }

        Map<String, Long> outcomes = Race.run(creates);

        assertEquals(Map.of("201", 1L, "409 uniqueness", (long) racers - 1), outcomes);
        tenant.scim().get("/Users").then().body("totalResults", equalTo(1));
        assertEquals(1, OktaProvisioningIT.licensesOf(tenant).size());
        assertEquals(1, ServerUnderTest.notifications(tenant).size());
        mail.awaitMails(email, 1);
        ServerUnderTest.awaitOutboxDelivered(tenant);
        assertEquals(1, mail.mailsTo(email).size());
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

        Map<Integer, Long> statuses = Race.run(patches);

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

        Map<Integer, Long> statuses = Race.run(deletes);

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

        Map<Integer, Long> statuses = Race.run(requests);

        assertEquals(java.util.Set.of(), java.util.Set.copyOf(statuses.keySet().stream()
                .filter(status -> status >= 500).toList()), statuses.toString());
        tenant.scim().queryParam("filter", "members pr")
                .get("/Groups").then().body("totalResults", equalTo(0));
    }
}
