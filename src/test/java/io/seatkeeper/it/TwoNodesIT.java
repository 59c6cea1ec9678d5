package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.activeBody;
import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers on one database, each request going to one or the other as a load balancer
 * would send it: the guarantees of one server hold across both.
 */
@ExtendWith({MailServer.class, TwoNodes.class})
class TwoNodesIT {

    private static final int RACERS = 20;

    @Test
    void racingCreatesOfOneUserNameOnBothNodesMakeOneUser(TwoNodes.Running nodes,
            MailServer.Running mail) throws Exception {
        Tenant tenant = nodes.nodeA().newTenant(RACERS);
        String email = uniqueEmail();
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            ServerProcess node = either(nodes, i);
            String spelling = i % 4 < 2 ? email : email.toUpperCase();
            creates.add(() -> node.scim(tenant)
                    .body(oktaCreateBody(spelling, "Ann", "Lee", true))
                    .post("/Users").statusCode());
        }

        Map<Integer, Long> statuses = Race.run(creates);

        assertEquals(Map.of(201, 1L, 409, (long) RACERS - 1), statuses);
        nodes.nodeB().scim(tenant).get("/Users").then().body("totalResults", equalTo(1));
        nodes.nodeB().admin().get("/organizations/{id}/licenses", tenant.organizationId())
                .then().body("size()", equalTo(1));
        mail.awaitMails(email, 1);
        awaitAllSent(nodes, tenant, 1);
        assertEquals(1, mail.mailsTo(email).size());
    }

    @Test
    void racingCreatesAndReactivationsOnBothNodesKeepTheSeatLimit(TwoNodes.Running nodes)
            throws Exception {
        int seats = 3;
        Tenant tenant = nodes.nodeA().newTenant(seats);
        List<String> inactive = new ArrayList<>();
        for (int i = 0; i < RACERS / 2; i++) {
            inactive.add(nodes.nodeA().scim(tenant)
                    .body(oktaCreateBody(uniqueEmail(), "Ina", "Ctive", false))
                    .post("/Users").then().statusCode(201).extract().path("id"));
        }
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            ServerProcess node = either(nodes, i);
            if (i % 2 == 0) {
                requests.add(() -> node.scim(tenant)
                        .body(oktaCreateBody(uniqueEmail(), "New", "Comer", true))
                        .post("/Users").statusCode());
            } else {
                String id = inactive.get(i / 2);
                requests.add(() -> node.scim(tenant).body(activeBody(true))
                        .patch("/Users/{id}", id).statusCode());
            }
        }

        Map<Integer, Long> statuses = Race.run(requests);

        long granted = statuses.getOrDefault(201, 0L) + statuses.getOrDefault(200, 0L);
        assertEquals(seats, granted, statuses.toString());
        assertEquals(RACERS - seats, statuses.getOrDefault(403, 0L), statuses.toString());
        nodes.nodeB().admin().get("/organizations/{id}", tenant.organizationId())
                .then().body("activeLicenses", equalTo(seats));
        nodes.nodeA().scim(tenant).queryParam("filter", "active eq true").get("/Users")
                .then().body("totalResults", equalTo(seats));
    }

    @Test
    void racingChangesOfOneUserOnBothNodesAreAllKept(TwoNodes.Running nodes) throws Exception {
        Tenant tenant = nodes.nodeA().newTenant(1);
        String id = nodes.nodeA().scim(tenant)
                .body(oktaCreateBody(uniqueEmail(), "Ann", "Lee", true))
                .post("/Users").then().statusCode(201).extract().path("id");
        List<Callable<Integer>> patches = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            ServerProcess node = either(nodes, i);
            String value = "member-" + i;
            patches.add(() -> node.scim(tenant).body("""
                            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                             "Operations": [{"op": "add", "path": "emails",
                                             "value": [{"value": "%s@example.com",
                                                        "type": "other"}]}]}"""
                            .formatted(value))
                    .patch("/Users/{id}", id).statusCode());
        }

        Map<Integer, Long> statuses = Race.run(patches);

        assertEquals(Map.of(200, (long) RACERS), statuses);
        nodes.nodeB().scim(tenant).get("/Users/{id}", id).then()
                .body("emails.size()", equalTo(RACERS + 1))
                .body("meta.version", equalTo("W/\"" + RACERS + "\""));
    }

    @Test
    void bothSendersRunningSendEachMailOnce(TwoNodes.Running nodes, MailServer.Running mail) {
        int users = RACERS;
        Tenant tenant = nodes.nodeA().newTenant(users);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String email = uniqueEmail();
            either(nodes, i).scim(tenant).body(oktaCreateBody(email, "Mai", "Lee", true))
                    .post("/Users").then().statusCode(201);
            recipients.add(email);
        }

        awaitAllSent(nodes, tenant, users);
        for (String recipient : recipients) {
            assertEquals(1, mail.awaitMails(recipient, 1).size(), recipient);
        }
    }

    private static ServerProcess either(TwoNodes.Running nodes, int i) {
        return i % 2 == 0 ? nodes.nodeA() : nodes.nodeB();
    }

    private static void awaitAllSent(TwoNodes.Running nodes, Tenant tenant, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> statuses = nodes.nodeA().admin()
                    .get("/organizations/{id}/notifications", tenant.organizationId())
                    .then().statusCode(200).extract().path("status");
            return statuses.size() == count && statuses.stream().allMatch("SENT"::equals);
        });
    }
}
