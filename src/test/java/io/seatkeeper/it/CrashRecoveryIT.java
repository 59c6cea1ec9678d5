package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.oktaCreateBody;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server on its own database (embedded H2, or a PostgreSQL database in the build's postgresql
 * profile) is killed with SIGKILL while an IdP pushes users to it, then started again: what it
 * acknowledged is all there, and nothing is half there.
 */
@ExtendWith(MailServer.class)
class CrashRecoveryIT {

    private static final int CLIENTS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 24;

    /** What one create got back: a status, or no answer at all (-1). */
    private record Outcome(String userName, int status) {
    }

    @Test
    void acknowledgedUsersSurviveAKillAndFailedOnesLeaveNothing(MailServer.Running mail)
            throws Exception {
        ServerProcess server = ServerProcess.solo();
        server.start();
        try {
            Tenant tenant = server.newTenant(1000);
            Map<String, Outcome> outcomes = provisionUntilKilled(server, tenant);
            server.start();

            List<Map<String, Object>> licenses = server.admin()
                    .get("/organizations/{id}/licenses", tenant.organizationId())
                    .then().statusCode(200).extract().path("");
            Set<String> licensed = licenses.stream()
                    .filter(license -> "ACTIVE".equals(license.get("status")))
                    .map(license -> (String) license.get("userName"))
                    .collect(Collectors.toSet());
            Set<String> stored = userNames(server, tenant);
            Set<String> acknowledged = outcomes.values().stream()
                    .filter(outcome -> outcome.status() == 201)
                    .map(Outcome::userName)
                    .collect(Collectors.toSet());
            Set<String> refused = outcomes.values().stream()
                    .filter(outcome -> outcome.status() > 0 && outcome.status() != 201)
                    .map(Outcome::userName)
                    .collect(Collectors.toSet());

            assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, outcomes.toString());
            assertTrue(stored.containsAll(acknowledged), "acknowledged users lost");
            assertTrue(refused.stream().noneMatch(stored::contains), "refused users stored");
            assertEquals(stored, licensed, "every stored user, and only those, is licensed");
            List<String> queued = server.admin()
                    .get("/organizations/{id}/notifications", tenant.organizationId())
                    .then().statusCode(200).extract().path("recipient");
            assertEquals(stored.size(), queued.size(), "one mail queued per user");
            assertEquals(stored, Set.copyOf(queued));
            // Delivered at least once: a kill between the mail server's acceptance and the
            // commit that marks a mail sent is the one case that sends it again.
            for (String userName : stored) {
                mail.awaitMails(userName, 1);
            }
        } finally {
            server.stop();
        }
    }

    /**
     * Sends creates from several clients until enough were acknowledged, kills the server
     * while more are in flight, and returns what each create got.
     */
    private static Map<String, Outcome> provisionUntilKilled(ServerProcess server,
            Tenant tenant) throws InterruptedException {
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    String email = uniqueEmail();
                    int status = create(server, tenant, email).orElse(-1);
                    outcomes.put(email, new Outcome(email, status));
                    if (status == 201) {
                        acknowledged.incrementAndGet();
                    } else if (status < 0) {
                        return;
                    }
                }
            });
        }
        await().atMost(Duration.ofMinutes(1))
                .until(() -> acknowledged.get() >= ACKNOWLEDGED_BEFORE_KILL);
        server.kill();
        clients.shutdown();
        assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES), "clients did not stop");
        return outcomes;
    }

    private static Optional<Integer> create(ServerProcess server, Tenant tenant, String email) {
        try {
            return Optional.of(server.scim(tenant)
                    .body(oktaCreateBody(email, "Cra", "Sh", true))
                    .post("/Users").statusCode());
        } catch (Exception connectionLost) {
            return Optional.empty();
        }
    }

    private static Set<String> userNames(ServerProcess server, Tenant tenant) {
        List<String> userNames = server.scim(tenant).queryParam("count", 100)
                .get("/Users").then().statusCode(200)
                .extract().path("Resources.userName");
        return Set.copyOf(userNames);
    }
}
