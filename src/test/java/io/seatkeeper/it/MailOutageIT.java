package io.seatkeeper.it;

import static io.seatkeeper.it.ServerUnderTest.admin;
import static io.seatkeeper.it.ServerUnderTest.createUser;
import static io.seatkeeper.it.ServerUnderTest.newTenant;
import static io.seatkeeper.it.ServerUnderTest.uniqueEmail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seatkeeper.it.ServerUnderTest.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mail queued while the SMTP server is down is delivered, once, when it is back. */
@ExtendWith(MailServer.class)
class MailOutageIT {

    @Test
    void mailWaitsOutAnOutageAndArrivesOnce(MailServer.Running mail) {
        Tenant tenant = newTenant(5);
        List<String> recipients = new ArrayList<>();
        mail.stop();
        try {
            for (int i = 0; i < 3; i++) {
                String email = uniqueEmail();
                createUser(tenant, email, true);
                recipients.add(email);
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> deliveryAttempts(tenant) >= 3);
            assertEquals(List.of("PENDING", "PENDING", "PENDING"), statuses(tenant));
        } finally {
            mail.start();
        }

        for (String recipient : recipients) {
            mail.awaitMails(recipient, 1);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statuses(tenant).equals(List.of("SENT", "SENT", "SENT")));
        for (String recipient : recipients) {
            assertEquals(1, mail.mailsTo(recipient).size(), recipient);
        }
    }

    private static List<String> statuses(Tenant tenant) {
        return admin().get("/organizations/{id}/notifications", tenant.organizationId())
                .then().statusCode(200).extract().path("status");
    }

    private static int deliveryAttempts(Tenant tenant) {
        List<Integer> attempts = admin()
                .get("/organizations/{id}/notifications", tenant.organizationId())
                .then().extract().path("attempts");
        return attempts.stream().mapToInt(Integer::intValue).sum();
    }
}
