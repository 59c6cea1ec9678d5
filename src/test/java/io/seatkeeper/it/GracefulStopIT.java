package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.Response;
import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server stopped the orderly way, as Kubernetes or an operator stops it, while an IdP's
 * bulk import is under way: the import is answered in full before the server goes, and
 * nothing it did is lost or mailed twice.
 */
@ExtendWith(MailServer.class)
class GracefulStopIT {

    private static final int OPERATIONS = 300;

    @Test
    void aRequestUnderWayIsAnsweredInFullBeforeTheServerStops(MailServer.Running mail)
            throws Exception {
        ServerProcess server = ServerProcess.solo();
        server.start();
        boolean running = true;
        try {
            Tenant tenant = server.newTenant(OPERATIONS);
            List<String> emails = IntStream.range(0, OPERATIONS)
                    .mapToObj(i -> uniqueEmail()).toList();
            CompletableFuture<Response> bulk = CompletableFuture.supplyAsync(
                    () -> server.scim(tenant).body(bulkOfCreates(emails)).post("/Bulk"));
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> userCount(server, tenant) > 0);
            assertFalse(bulk.isDone(), "the import ended before the stop: nothing was tested");

            server.stop();
            running = false;

            Response answer = bulk.get(1, TimeUnit.MINUTES);
            assertEquals(200, answer.statusCode());
            assertEquals(Collections.nCopies(OPERATIONS, "201"),
                    answer.jsonPath().getList("Operations.status"));
            server.start();
            running = true;
            assertEquals(OPERATIONS, userCount(server, tenant));
            for (String email : emails) {
                assertEquals(1, mail.awaitMails(email, 1).size(), "mails to " + email);
            }
        } finally {
            if (running) {
                server.stop();
            }
        }
    }

    private static int userCount(ServerProcess server, Tenant tenant) {
        return server.scim(tenant).queryParam("count", 0).get("/Users")
                .then().statusCode(200).extract().path("totalResults");
    }

    private static String bulkOfCreates(List<String> emails) {
        String operations = IntStream.range(0, emails.size()).mapToObj(i -> """
                {"method": "POST", "path": "/Users", "bulkId": "user%2$d",
                 "data": {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                          "userName": "%1$s", "emails": [{"value": "%1$s", "primary": true}],
                          "active": true}}""".formatted(emails.get(i), i))
                .collect(Collectors.joining(",\n"));
        return """
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],
                 "Operations": [%s]}""".formatted(operations);
    }
}
